import type { Core } from '@strapi/strapi';
import { startOutbox } from '@mymitt/plugin-kit';
import { PLUGIN_ID } from './plugin-id';
import { getService } from './utils/get-service';
import { PAYMENT_HANDLER } from './services/orders/checkout';
import { fundraisingPayments, hasFundraising } from './services/orders/fundraising';

/** Unpaid orders past their hold return their units; every instance sweeps (the claims make it safe). */
export const EXPIRY_SWEEP_RULE = '*/1 * * * *';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await startOutbox(strapi);
  if (!hasFundraising(strapi)) return void strapi.log.warn(`[${PLUGIN_ID}] the fundraising plugin is off: checkout is unavailable`);
  // A paid contribution whose purposeRef is `store:<order documentId>` reaches its order.
  fundraisingPayments(strapi).onPaid(PAYMENT_HANDLER, (notice) => getService('orders').markPaid(notice));

  if ((strapi.config.get('server.cron.enabled') as boolean | undefined) === false) return;
  strapi.cron.add({
    [`${PLUGIN_ID}.releaseExpiredHolds`]: {
      task: async () => {
        try {
          await getService('orders').releaseExpired();
        } catch (error: any) {
          strapi.log.error(`[${PLUGIN_ID}] releasing expired stock holds failed: ${error?.message ?? error}`);
        }
      },
      options: { rule: EXPIRY_SWEEP_RULE },
    },
  });
};

export default bootstrap;
