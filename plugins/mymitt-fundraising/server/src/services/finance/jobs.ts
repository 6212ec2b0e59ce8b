import type { Core } from '@strapi/strapi';
import { onDomainEvent } from '@mymitt/plugin-kit';
import { PLUGIN_ID } from '../../plugin-id';
import { getService } from '../../utils/get-service';
import { COMPLIANCE_TIME_ZONE } from '../compliance/compliance-config';
import { RECEIPT_LISTENER } from '../receipts/receipts';

/** FEC-10 runs every morning (committee time); every instance schedules it, the advisory lock lets one run it. */
export const EXCESS_CHECK_RULE = '0 30 6 * * *';

/**
 * Wires finance and receipts into the running app (called from bootstrap): the daily FEC-10 job, unless
 * cron is off (tests, benches), and a receipt for every paid gift through the outbox, never failing the webhook.
 */
export function startFinanceJobs(strapi: Core.Strapi) {
  const cronEnabled = strapi.config.get('server.cron.enabled') as boolean | undefined;
  if (cronEnabled !== false) {
    strapi.cron.add({
      [`${PLUGIN_ID}.fec10ExcessCheck`]: {
        task: async () => {
          try {
            await getService('excess-flags').run();
          } catch (error: any) {
            strapi.log.error(`[${PLUGIN_ID}] FEC-10 excess check failed: ${error?.message ?? error}`);
          }
        },
        options: { rule: EXCESS_CHECK_RULE, tz: COMPLIANCE_TIME_ZONE },
      },
    });
  }
  // Durable: the receipt is an outbox item written with the ledger row, retried until it goes.
  onDomainEvent(strapi, 'mymitt.donation.succeeded', (payload) => getService('receipts').sendFor(payload).then(() => undefined), {
    durable: RECEIPT_LISTENER,
  });
}
