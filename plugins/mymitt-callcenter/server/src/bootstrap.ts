import type { Core } from '@strapi/strapi';
import { startOutbox } from '@mymitt/plugin-kit';
import { discardAbandonedImports } from './services/calls/contact-import';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await discardAbandonedImports(strapi, new Date());
  await startOutbox(strapi);
};

export default bootstrap;
