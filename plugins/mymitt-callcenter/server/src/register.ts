import type { Core } from '@strapi/strapi';
import { adminActions } from './admin-actions';
import { releaseDuplicateLeases } from './database/one-lease-per-caller';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(adminActions);
  strapi.hook('strapi::content-types.beforeSync').register(() => releaseDuplicateLeases(strapi));
};

export default register;
