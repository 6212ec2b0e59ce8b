import { factories } from '@strapi/strapi';

const UID = 'api::page.page';

/** Every block, one level deep: blocks carry their media and nested button, nothing more. */
const PAGE_POPULATE = {
  seo: { populate: { shareImage: true } },
  blocks: {
    on: {
      'blocks.hero': { populate: { image: true, button: true } },
      'blocks.rich-text': true,
      'blocks.call-to-action': true,
      'blocks.embed': true,
    },
  },
} as const;

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** The published version of a page in one locale, or null. Drafts are never returned. */
  async findPublishedBySlug(slug: string, locale: string) {
    return strapi.documents(UID).findFirst({
      filters: { slug },
      locale,
      status: 'published',
      populate: PAGE_POPULATE as any,
    });
  },
}));
