import type { Core } from '@strapi/strapi';
import { onDomainEvent } from '@mymitt/plugin-kit';
import { getService } from './utils/get-service';
import { PLUGIN_ID } from './plugin-id';
import { startFinanceJobs } from './services/finance/jobs';
import { wirePagesToLedger } from './services/pages/wiring';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService('compliance-config').seedDefaults();
  await getService('form-texts').seedDefaults();
  // FEC-03: contributions keyed by an older donor normalisation get today's keys (once per key version).
  const rekeyed = await getService('ledger').rekeyDonorsIfStale();
  if (rekeyed?.changed) strapi.log.info(`[${PLUGIN_ID}] recomputed the donor keys of ${rekeyed.changed} contributions`);
  startFinanceJobs(strapi);
  wirePagesToLedger(strapi);

  // A paid store order (or any other purpose) reaches the plugin that started its checkout.
  onDomainEvent(strapi, 'mymitt.donation.succeeded', async (payload) => {
    try {
      await getService('payments').routePaid(payload);
    } catch (error: any) {
      strapi.log.error(`[${PLUGIN_ID}] payment handler failed for ${payload?.sourceId}: ${error?.message ?? error}`);
    }
  });
};

export default bootstrap;
