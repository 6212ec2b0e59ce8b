import type { Core } from '@strapi/strapi';
import { settleAfterCommitEffects } from '@mymitt/plugin-kit';

/** Lets receipts, activity rows and other after-commit effects of the last requests finish before the database closes. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await settleAfterCommitEffects(strapi);
};

export default destroy;
