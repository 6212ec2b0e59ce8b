import type { Core } from '@strapi/strapi';
import { isNoticeLocale, noticeContext, type NoticeLocale, type NoticeRecipient } from '@mymitt/plugin-kit';

const USER_UID = 'plugin::users-permissions.user';

interface UserRow {
  id: number;
  email: string | null;
  firstName?: string | null;
  blocked?: boolean | null;
  preferredLocale?: string | null;
}

/** A supporter a notice goes to, with the language it is written in (dates and links follow it). */
export interface Supporter extends NoticeRecipient {
  locale: NoticeLocale;
}

function hasPreferredLocale(strapi: Core.Strapi) {
  const userType = strapi.contentTypes[USER_UID as keyof typeof strapi.contentTypes] as { attributes?: Record<string, unknown> } | undefined;
  return Boolean(userType?.attributes?.preferredLocale);
}

/**
 * The supporter with this account, read at delivery: their address, first name and language (their
 * account's `preferredLocale`, else the committee's default). The language is named in the recipient, so
 * the kit writes in the one the notice's dates and links were made for. Null: no such account, or no address.
 */
export async function supporterOf(strapi: Core.Strapi, userId: number): Promise<Supporter | null> {
  const select = ['id', 'email', 'firstName', 'blocked', ...(hasPreferredLocale(strapi) ? ['preferredLocale'] : [])];
  const user = (await strapi.db.query(USER_UID as any).findOne({ where: { id: userId }, select })) as UserRow | null;
  if (!user?.email || user.blocked) return null;
  const locale = isNoticeLocale(user.preferredLocale) ? user.preferredLocale : (await noticeContext(strapi)).defaultLocale;
  return { email: user.email, userId: user.id, firstName: user.firstName ?? null, locale };
}
