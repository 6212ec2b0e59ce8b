import type { Core } from '@strapi/strapi';
import { queueWelcome } from './queue';

const USER_UID = 'plugin::users-permissions.user';
const REGISTRATION_FLAG = 'mymittSupporterRegistration';

/** Set by the registration middleware (src/middlewares/supporter-registration.ts) on its request. */
export function markSupporterRegistration(ctx: { state: Record<string, unknown> }) {
  ctx.state[REGISTRATION_FLAG] = true;
}

const isSupporterRegistration = (strapi: Core.Strapi) => Boolean(strapi.requestContext.get()?.state?.[REGISTRATION_FLAG]);

/**
 * A supporter who signs up gets the welcome, queued in the transaction that creates the account (a
 * sign-up that loses a race queues nothing). Accounts made otherwise (the admin, imports) get none. An
 * account waiting for its email confirmation is welcomed when it confirms (email-confirmation.ts).
 */
export function subscribeWelcomeOnRegistration(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe({
    models: [USER_UID],
    async afterCreate(event: any) {
      const user = event.result as { id?: number; confirmed?: boolean } | undefined;
      if (!user?.id || !user.confirmed || !isSupporterRegistration(strapi)) return;
      await queueWelcome(strapi, user.id);
    },
  });
}
