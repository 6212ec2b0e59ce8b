import { randomBytes } from 'crypto';
import { activeAccount } from '../../notices/account-recipient';
import { queueEmailConfirmation, queueWelcome } from '../../notices/queue';
import { noticeContext, isNoticeLocale, sitePageUrl } from '@mymitt/plugin-kit';

const USER_UID = 'plugin::users-permissions.user';

type Handler = (ctx: any, next?: unknown, returnUser?: boolean) => Promise<unknown>;
interface UserService {
  edit(id: number, data: Record<string, unknown>): Promise<unknown>;
}

/**
 * The user service's sendConfirmationEmail (called by registration when email confirmation is on, and by
 * /api/auth/send-email-confirmation): saves a new confirmation token as users-permissions does (20 random
 * bytes, hex) and queues the `account.email-confirmation` notice in the same transaction, instead of
 * mailing users-permissions' template. The notice reads the token at delivery.
 */
export function queuedConfirmationEmail(service: UserService) {
  return async function sendConfirmationEmail(user: { id: number }) {
    const confirmationToken = randomBytes(20).toString('hex');
    await strapi.db.transaction(async ({ trx }) => {
      await service.edit(user.id, { confirmationToken });
      await queueEmailConfirmation(strapi, user.id, trx);
    });
  };
}

/**
 * GET /api/auth/email-confirmation: users-permissions confirms the account; in the same transaction the
 * now confirmed supporter's welcome is queued (once per account). Without a redirection set by staff,
 * the supporter lands on the site's login page in their language rather than on `/`.
 */
export function welcomingEmailConfirmation(original: Handler): Handler {
  return async function emailConfirmation(ctx, next, returnUser) {
    const token = ctx.query?.confirmation;
    const pending =
      typeof token === 'string' && token
        ? ((await strapi.db.query(USER_UID).findOne({ where: { confirmationToken: token }, select: ['id'] })) as { id: number } | null)
        : null;
    const result = await strapi.db.transaction(async ({ trx }) => {
      const answer = await original(ctx, next, returnUser);
      if (pending) await queueWelcome(strapi, pending.id, trx);
      return answer;
    });
    if (pending && !returnUser) await redirectToLogin(ctx, pending.id);
    return result;
  };
}

async function redirectToLogin(ctx: any, userId: number) {
  const advanced = (await strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as {
    email_confirmation_redirection?: string | null;
  } | null;
  if (advanced?.email_confirmation_redirection) return;
  const [user, context] = await Promise.all([activeAccount(strapi, { userId }), noticeContext(strapi)]);
  const locale = isNoticeLocale(user?.preferredLocale) ? user!.preferredLocale : context.defaultLocale;
  ctx.redirect(sitePageUrl(context, locale, '/login'));
}
