import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';
import { startFinanceJobs } from './services/finance/jobs';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService('compliance-config').seedDefaults();
  startFinanceJobs(strapi);
};

export default bootstrap;
