import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';
import { wirePagesToLedger } from './services/pages/wiring';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService('compliance-config').seedDefaults();
  wirePagesToLedger(strapi);
};

export default bootstrap;
