import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

const bootstrap = async (_: { strapi: Core.Strapi }) => {
  await getService('compliance-config').seedDefaults();
};

export default bootstrap;
