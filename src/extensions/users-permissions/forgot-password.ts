import { randomBytes } from 'crypto';
import { validateZodSchema } from '@strapi/utils';
import { forgotPasswordBody } from '../../domain/supporter-account';
import { queuePasswordReset } from '../../notices/queue';

const USER_UID = 'plugin::users-permissions.user';
const parseForgotPassword = validateZodSchema(forgotPasswordBody);

/**
 * POST /api/auth/forgot-password, in place of users-permissions' action: it saves a new reset code on
 * the account as users-permissions does (64 random bytes, hex, through the user service) and, in the same
 * transaction, queues the `account.password-reset` notice (src/notices/), which reads the code at delivery
 * and is retried by the outbox while the relay is down. The answer is `{ ok: true }` for every address,
 * known, unknown or blocked, and whatever the relay does (no account enumeration).
 */
export async function forgotPassword(ctx: any) {
  const { email } = parseForgotPassword(ctx.request.body ?? {});
  const user = (await strapi.db.query(USER_UID).findOne({ where: { email }, select: ['id', 'blocked'] })) as {
    id: number;
    blocked: boolean | null;
  } | null;
  if (user && !user.blocked) {
    const resetPasswordToken = randomBytes(64).toString('hex');
    await strapi.db.transaction(async ({ trx }) => {
      await strapi.plugin('users-permissions').service('user').edit(user.id, { resetPasswordToken });
      await queuePasswordReset(strapi, user.id, trx);
    });
  }
  ctx.send({ ok: true });
}
