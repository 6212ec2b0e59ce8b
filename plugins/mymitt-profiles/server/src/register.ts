import type { Core } from '@strapi/strapi';
import { adminActions } from './admin-actions';
import { onSupporterRegistered } from './lifecycles/supporter-registered';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(adminActions);

  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.user'],
    afterCreate: (event: any) => onSupporterRegistered(strapi, event.result),
  });
};

export default register;
