import type { Core } from '@strapi/strapi';
import { onDomainEvent } from '@mymitt/plugin-kit';
import { DOMAIN_EVENT_MAPPERS, type ActivityEventName } from './domain/activity-sources';
import { getService } from './utils/get-service';

/** Every plugin's domain events become activity rows; a failure is logged, never thrown back at the emitter. */
const bootstrap = ({ strapi }: { strapi: Core.Strapi }) => {
  for (const eventName of Object.keys(DOMAIN_EVENT_MAPPERS) as ActivityEventName[]) {
    onDomainEvent(strapi, eventName, async (payload) => {
      try {
        await getService('activity').record(eventName, payload);
      } catch (error: any) {
        strapi.log.error(`[mymitt-profiles] could not record ${eventName} ${JSON.stringify(payload)}: ${error?.message}`);
      }
    });
  }
};

export default bootstrap;
