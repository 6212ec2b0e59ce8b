import { factories } from '@strapi/strapi';
import { errors, validateZodSchema } from '@strapi/utils';
import { forbidden } from '@mymitt/plugin-kit';
import { verifyPreview } from '../../../domain/preview-links';
import { asksForPreview, pageBySlugQuery, pagePreviewQuery, publicPublicationQuery } from '../validation/page';

const UID = 'api::page.page';
const parseBySlugQuery = validateZodSchema(pageBySlugQuery);
const parsePublicationQuery = validateZodSchema(publicPublicationQuery);
const parsePreviewQuery = validateZodSchema(pagePreviewQuery);
/** Strapi's API-token auth strategy (named `api-token` before 5.5x). */
const API_TOKEN_STRATEGIES = ['content-api-token', 'api-token'];

/**
 * Strapi's REST find/findOne serve drafts to anyone who may read published pages (`?status=draft`).
 * Only staff-issued API tokens (a preview site) may ask for them here, and a signed preview link for
 * one page (findOne, below); the web team previews in the content manager, whose admin routes this
 * does not touch. Everyone else gets a 400.
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

/**
 * `GET /api/pages/:documentId?status=draft&locale=es&expires=…&signature=…`: the version a preview link
 * signed (config/admin.ts makes them for the content manager's Preview panel), for that exact document,
 * locale and status, until it expires. Never stored by any cache: the answer may be a draft.
 */
async function signedPreview(ctx: any) {
  ctx.set('Cache-Control', 'private, no-store');
  const { status, locale, expires, signature, documentId: linked } = parsePreviewQuery(ctx.query ?? {});
  const documentId = String(ctx.params.id);
  const { secret } = strapi.config.get('preview') as { secret: string };
  const check =
    linked === undefined || linked === documentId
      ? verifyPreview({ documentId, locale, status, expires }, signature, secret, Math.floor(Date.now() / 1000))
      : ({ ok: false, reason: 'invalid' } as const);
  if (!check.ok && check.reason === 'expired') {
    throw forbidden('This preview link has expired: open the preview again from the content manager.', { code: 'preview_link_expired' });
  }
  if (!check.ok) throw forbidden('This preview link is not valid for this page.', { code: 'invalid_preview_link' });

  const page = await strapi.service(UID).findForPreview(documentId, locale, status);
  if (!page) throw new errors.NotFoundError(`This page has no ${status} version in locale "${locale}".`);
  const sanitized = await strapi.contentAPI.sanitize.output(page, strapi.contentType(UID), { auth: ctx.state.auth });
  return { data: sanitized, meta: { locale, status, preview: { expires }, ...(await disclaimerMeta()) } };
}

export default factories.createCoreController(UID, ({ strapi }) => ({
  async find(ctx) {
    if (asksForPreview(ctx.query)) {
      throw new errors.ValidationError('A preview link opens one page: GET /api/pages/:documentId with its query.', {
        code: 'invalid_query',
        param: 'signature',
      });
    }
    refuseDraftsToThePublic(ctx);
    const response = await super.find(ctx);
    return { ...response, meta: { ...response.meta, ...(await disclaimerMeta()) } };
  },

  async findOne(ctx) {
    if (asksForPreview(ctx.query)) return signedPreview(ctx);
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
