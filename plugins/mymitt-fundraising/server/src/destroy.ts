import type { Core } from '@strapi/strapi';
import { settleAfterCommitEffects, stopOutbox } from '@mymitt/plugin-kit';

/** Lets the outbox worker finish its batch and the last requests' after-commit effects run before the database closes. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await stopOutbox(strapi);
  await settleAfterCommitEffects(strapi);
};

export default destroy;
