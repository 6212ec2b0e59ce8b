import type { Core } from '@strapi/strapi';
import { onDomainEvent, startOutbox } from '@mymitt/plugin-kit';
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

  // A paid store order (or any other purpose) reaches the plugin that started its checkout, through the
  // outbox: a crash after the payment commits delays the order's payment, never loses it.
  onDomainEvent(strapi, 'mymitt.donation.succeeded', (payload) => getService('payments').routePaid(payload), {
    durable: `${PLUGIN_ID}.paid-purpose`,
    // Plain gifts and monthly installments have no purpose to hear of them: no outbox row.
    when: (payload) => payload.purpose !== 'donation' && !String(payload.sourceId).startsWith('invoice:'),
  });
  await startOutbox(strapi);
};

export default bootstrap;
