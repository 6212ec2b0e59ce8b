import type { Core } from '@strapi/strapi';
import { discardAbandonedImports } from './services/calls/contact-import';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await discardAbandonedImports(strapi, new Date());
};

export default bootstrap;
