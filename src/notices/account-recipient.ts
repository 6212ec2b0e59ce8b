import type { Core } from '@strapi/strapi';
import { isNoticeLocale, noticeContext, sitePageUrl, type NoticeRecipient } from '@mymitt/plugin-kit';

const USER_UID = 'plugin::users-permissions.user';

/** The columns an account notice reads of its supporter at delivery (the tokens never travel in a payload). */
export interface AccountUser {
  id: number;
  email: string | null;
  firstName: string | null;
  preferredLocale: string | null;
  blocked: boolean | null;
  confirmed: boolean | null;
  resetPasswordToken: string | null;
  confirmationToken: string | null;
}

/** Every account notice's payload: the supporter's id, nothing else. */
export interface AccountNoticePayload {
  userId: number;
}

/** The supporter, as the database has them now; null for an account that is gone or blocked. */
export async function activeAccount(strapi: Core.Strapi, payload: AccountNoticePayload): Promise<AccountUser | null> {
  const userId = Number(payload?.userId);
  if (!Number.isInteger(userId) || userId <= 0) return null;
  const user = (await strapi.db.query(USER_UID).findOne({
    where: { id: userId },
    select: ['id', 'email', 'firstName', 'preferredLocale', 'blocked', 'confirmed', 'resetPasswordToken', 'confirmationToken'],
  })) as AccountUser | null;
  if (!user?.email || user.blocked) return null;
  return user;
}

/**
 * Who an account notice goes to and in which language: the account's `preferredLocale`, else the
 * committee's default. The language is named on the recipient, so the mail and the site pages it
 * links to (`/es/…` for Spanish) always agree.
 */
export async function accountRecipient(strapi: Core.Strapi, user: AccountUser) {
  const context = await noticeContext(strapi);
  const locale = isNoticeLocale(user.preferredLocale) ? user.preferredLocale : context.defaultLocale;
  const to: NoticeRecipient = { email: user.email!, userId: user.id, locale, firstName: user.firstName };
  return { to, locale, context, sitePage: (path: string) => sitePageUrl(context, locale, path) };
}


