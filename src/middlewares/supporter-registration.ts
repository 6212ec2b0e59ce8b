import { validateZodSchema } from '@strapi/utils';
import { registerSupporterBody } from '../domain/supporter-account';

const parseRegistration = validateZodSchema(registerSupporterBody);

/**
 * Runs before users-permissions' own register action: validates the whole body against the
 * allow-list (unknown fields, weak passwords and bad ZIPs are a 400 with nothing written) and
 * uses the email as the username when the supporter gives none.
 */
export default () => async (ctx: any, next: () => Promise<unknown>) => {
  const registration = parseRegistration(ctx.request.body ?? {});
  ctx.request.body = { ...registration, username: registration.username ?? registration.email };
  await next();
};
