import type { Core } from '@strapi/strapi';
import { createTtlCache } from '../ttl-cache';
import { NOTICE_LOCALES, type NoticeLocale } from './registry';

const COMMITTEE_SETTINGS_UID = 'api::committee-setting.committee-setting';
const USER_UID = 'plugin::users-permissions.user';

export interface NoticeContext {
  committeeName: string;
  /** The "Paid for by …" line every campaign email ends with (11 CFR 110.11); empty when the app has none. */
  disclaimer: string;
  defaultLocale: NoticeLocale;
  /** The supporter site's origin, no trailing slash. */
  siteUrl: string;
  /** The API's public origin (one-click unsubscribe posts there). */
  publicUrl: string;
}

const contexts = new WeakMap<object, ReturnType<typeof createTtlCache<NoticeContext>>>();

export const isNoticeLocale = (value: unknown): value is NoticeLocale => NOTICE_LOCALES.includes(value as NoticeLocale);

/** What every notice says of the committee and where its links go (the committee's settings, a minute's cache). */
export function noticeContext(strapi: Core.Strapi): Promise<NoticeContext> {
  let cache = contexts.get(strapi);
  if (!cache) contexts.set(strapi, (cache = createTtlCache<NoticeContext>(60_000)));
  return cache.get('context', async () => {
    const hasSettings = Boolean(strapi.contentTypes[COMMITTEE_SETTINGS_UID as keyof typeof strapi.contentTypes]);
    const settings = hasSettings
      ? ((await strapi.db.query(COMMITTEE_SETTINGS_UID as keyof typeof strapi.contentTypes).findOne({})) as {
          committeeName?: string | null;
          disclaimer?: string | null;
          supportedLocales?: unknown;
        } | null)
      : null;
    const locales = Array.isArray(settings?.supportedLocales) ? settings!.supportedLocales : [];
    const port = Number(strapi.config.get('server.port') ?? 1337);
    const publicUrl = String(strapi.config.get('server.url') || `http://localhost:${port}`).replace(/\/+$/, '');
    return {
      committeeName: settings?.committeeName || 'our campaign',
      disclaimer: settings?.disclaimer || '',
      defaultLocale: locales.find(isNoticeLocale) ?? 'en',
      siteUrl: (process.env.SITE_URL || publicUrl).replace(/\/+$/, ''),
      publicUrl,
    };
  });
}

/** The supporter's language: the one the notice names, else their account's, else the committee's default. */
export async function localeFor(strapi: Core.Strapi, recipient: { userId?: number | null; locale?: string | null }, fallback: NoticeLocale) {
  if (isNoticeLocale(recipient.locale)) return recipient.locale;
  const userType = strapi.contentTypes[USER_UID as keyof typeof strapi.contentTypes] as { attributes?: Record<string, unknown> } | undefined;
  if (recipient.userId && userType?.attributes?.preferredLocale) {
    const user = (await strapi.db.query(USER_UID as keyof typeof strapi.contentTypes).findOne({
      where: { id: recipient.userId },
      select: ['preferredLocale'],
    })) as { preferredLocale?: string | null } | null;
    if (isNoticeLocale(user?.preferredLocale)) return user!.preferredLocale;
  }
  return fallback;
}

/**
 * The language a notice to this recipient is written in, for a notice that needs it before rendering (its
 * links and dates follow it): the same choice the kit makes, with the committee's default last.
 */
export async function recipientLocale(strapi: Core.Strapi, recipient: { userId?: number | null; locale?: string | null }): Promise<NoticeLocale> {
  return localeFor(strapi, recipient, (await noticeContext(strapi)).defaultLocale);
}

/** A page of the supporter site in a language: Spanish pages live under `/es`. */
export function sitePageUrl(context: Pick<NoticeContext, 'siteUrl'>, locale: NoticeLocale, path: string): string {
  return `${context.siteUrl}${locale === 'es' ? '/es' : ''}${path}`;
}
