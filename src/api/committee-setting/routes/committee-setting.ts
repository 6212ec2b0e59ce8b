import { factories } from '@strapi/strapi';

// Public read only; admins edit through the admin panel (content manager API, RBAC-checked).
export default factories.createCoreRouter('api::committee-setting.committee-setting', {
  only: ['find'],
  config: { find: { middlewares: ['global::public-cache'] } },
});
