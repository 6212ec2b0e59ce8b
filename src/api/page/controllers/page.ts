import { factories } from '@strapi/strapi';
import { errors, validateZodSchema } from '@strapi/utils';
import { pageBySlugQuery } from '../validation/page';

const UID = 'api::page.page';
const parseBySlugQuery = validateZodSchema(pageBySlugQuery);

/** Public page responses carry the committee's "Paid for by" disclaimer (FEC-15). */
async function disclaimerMeta() {
  const settings = await strapi.service('api::committee-setting.committee-setting').current();
  return { disclaimer: settings.disclaimer, committeeName: settings.committeeName };
}

export default factories.createCoreController(UID, ({ strapi }) => ({
  async find(ctx) {
    const response = await super.find(ctx);
    return { ...response, meta: { ...response.meta, ...(await disclaimerMeta()) } };
  },

  async findOne(ctx) {
    const response = await super.findOne(ctx);
    return { ...response, meta: { ...response?.meta, ...(await disclaimerMeta()) } };
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
