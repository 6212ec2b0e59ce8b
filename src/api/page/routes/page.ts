import { factories } from '@strapi/strapi';

// Supporters read pages; the web team writes them in the admin's content manager.
export default factories.createCoreRouter('api::page.page', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: ['global::public-cache'] },
    findOne: { middlewares: ['global::public-cache'] },
  },
});
