import { isMailDeliveryError } from '../../domain/mail-delivery-error';

type Handler = (ctx: any) => Promise<unknown>;

/**
 * POST /api/auth/forgot-password answers 200 `{ ok: true }` for every address, known or not (no account
 * enumeration), also when the relay is down: users-permissions saves the reset code before sending, and
 * a 500 would tell the caller that the address has an account. The failure is logged.
 * TODO(issue 17 item 2): queue the mail in the outbox so it is retried rather than lost.
 */
export function forgivingForgotPassword(original: Handler): Handler {
  return async function forgotPassword(ctx) {
    try {
      return await original(ctx);
    } catch (error) {
      if (!isMailDeliveryError(error)) throw error;
      strapi.log.error(`[mail] password reset email not sent (the reset code is saved; the supporter may ask again): ${error.message}`);
      ctx.send({ ok: true });
    }
  };
}
