import type { Core } from '@strapi/strapi';
import { onDomainEvent, startOutbox } from '@mymitt/plugin-kit';
import { DOMAIN_EVENT_MAPPERS, type ActivityEventName } from './domain/activity-sources';
import { getService } from './utils/get-service';

/**
 * Every plugin's domain events become activity rows. The listener is durable: each event reaches it
 * through the outbox (written with the change), so a crash after the commit only delays the row; a
 * failure is retried, and the same event twice is one row (unique source key).
 */
const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  for (const eventName of Object.keys(DOMAIN_EVENT_MAPPERS) as ActivityEventName[]) {
    onDomainEvent(strapi, eventName, (payload) => getService('activity').record(eventName, payload).then(() => undefined), {
      durable: 'mymitt-profiles.activity',
      // An event nobody is credited for (a guest's gift to no page) makes no activity: no outbox row.
      when: (payload) => Boolean(payload?.userId || payload?.fundraiserUserId),
    });
  }
  await startOutbox(strapi);
  // Notices read their texts from the notice-template type; every registered notice gets its en/es templates.
  await getService('notice-templates').start();
};

export default bootstrap;
