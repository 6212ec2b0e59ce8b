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

  /**
   * One version of a page for a signed preview link (src/domain/preview-links.ts), its draft included,
   * with the blocks populated as by slug; null when that locale has no such version.
   */
  async findForPreview(documentId: string, locale: string, status: 'draft' | 'published') {
    return strapi.documents(UID).findOne({ documentId, locale, status, populate: PAGE_POPULATE as any });
  },
}));
