import type { Core } from '@strapi/strapi';
import { isNoticeLocale, noticeContext, type NoticeLocale } from '@mymitt/plugin-kit';

const USER_UID = 'plugin::users-permissions.user';

/**
 * The language a notice to this supporter is written in, decided when it is loaded (not only when the kit
 * renders it) because some of its values depend on it: a link to the Spanish site, an election's Spanish
 * name. The same order as the kit's own choice (notices/notice-context.ts localeFor, not exported): the
 * language the gift was made in, else the account's preferredLocale, else the committee's default. The
 * notice then names it as `to.locale`, so the kit renders the same language.
 */
export async function recipientLocale(
  strapi: Core.Strapi,
  recipient: { locale?: string | null; userId?: number | null }
): Promise<NoticeLocale> {
  if (isNoticeLocale(recipient.locale)) return recipient.locale;
  const userType = strapi.contentTypes[USER_UID as keyof typeof strapi.contentTypes] as
    | { attributes?: Record<string, unknown> }
    | undefined;
  if (recipient.userId && userType?.attributes?.preferredLocale) {
    const user = (await strapi.db.query(USER_UID as keyof typeof strapi.contentTypes).findOne({
      where: { id: recipient.userId },
      select: ['preferredLocale'],
    })) as { preferredLocale?: string | null } | null;
    if (isNoticeLocale(user?.preferredLocale)) return user!.preferredLocale;
  }
  return (await noticeContext(strapi)).defaultLocale;
}

/** A path of the supporter site in a language: `/fundraise/x` → `/es/fundraise/x` in Spanish. */
export const sitePathIn = (locale: NoticeLocale, path: string) => (locale === 'es' ? `/es${path}` : path);
