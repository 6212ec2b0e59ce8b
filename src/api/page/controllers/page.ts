import { factories } from '@strapi/strapi';
import { errors, validateZodSchema } from '@strapi/utils';
import { pageBySlugQuery, publicPublicationQuery } from '../validation/page';

const UID = 'api::page.page';
const parseBySlugQuery = validateZodSchema(pageBySlugQuery);
const parsePublicationQuery = validateZodSchema(publicPublicationQuery);
/** Strapi's API-token auth strategy (named `api-token` before 5.5x). */
const API_TOKEN_STRATEGIES = ['content-api-token', 'api-token'];

/**
 * Strapi's REST find/findOne serve drafts to anyone who may read published pages (`?status=draft`).
 * Only staff-issued API tokens (a preview site) may ask for them here; the web team previews in the
 * content manager, whose admin routes this does not touch. Everyone else gets a 400.
 */
function refuseDraftsToThePublic(ctx: any) {
  if (API_TOKEN_STRATEGIES.includes(ctx.state.auth?.strategy?.name)) return;
  parsePublicationQuery(ctx.query ?? {});
}

/** Public page responses carry the committee's "Paid for by" disclaimer (FEC-15). */
async function disclaimerMeta() {
  const settings = await strapi.service('api::committee-setting.committee-setting').current();
  return { disclaimer: settings.disclaimer, committeeName: settings.committeeName };
}

export default factories.createCoreController(UID, ({ strapi }) => ({
  async find(ctx) {
    refuseDraftsToThePublic(ctx);
    const response = await super.find(ctx);
    return { ...response, meta: { ...response.meta, ...(await disclaimerMeta()) } };
  },

  async findOne(ctx) {
    refuseDraftsToThePublic(ctx);
    const response = await super.findOne(ctx);
    // Strapi answers a missing document with no body (404); wrapping it would make a 200 of it.
    if (!response) throw new errors.NotFoundError('No published page with this documentId in this locale.');
    return { ...response, meta: { ...response.meta, ...(await disclaimerMeta()) } };
  },

  /** GET /api/pages/slug/:slug?locale=es — the published page in the requested locale. */
  async findBySlug(ctx) {
    const { slug } = ctx.params;
    const { locale } = parseBySlugQuery(ctx.query);
    const page = await strapi.service(UID).findPublishedBySlug(slug, locale);
    if (!page) throw new errors.NotFoundError(`No published page "${slug}" in locale "${locale}".`);

    const sanitized = await strapi.contentAPI.sanitize.output(page, strapi.contentType(UID), { auth: ctx.state.auth });
    return { data: sanitized, meta: { locale, ...(await disclaimerMeta()) } };
  },
}));
