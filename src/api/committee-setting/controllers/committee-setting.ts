import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::committee-setting.committee-setting');
