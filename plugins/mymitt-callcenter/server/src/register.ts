import type { Core } from '@strapi/strapi';
import { adminActions } from './admin-actions';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(adminActions);
};

export default register;
