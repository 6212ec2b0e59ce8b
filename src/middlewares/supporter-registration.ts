import { errors, validateZodSchema } from '@strapi/utils';
import { isUniqueViolation } from '@mymitt/plugin-kit';
import { EMAIL_TAKEN_MESSAGE, registerSupporterBody } from '../domain/supporter-account';
import { SUPPORTER_EMAIL_INDEX } from '../bootstrap/supporter-email-index';
import { markSupporterRegistration } from '../notices/welcome-on-registration';

const parseRegistration = validateZodSchema(registerSupporterBody);

/** PostgreSQL names the index in `constraint`, SQLite in the message ("UNIQUE constraint failed: index '…'"). */
const isEmailIndexViolation = (error: any) =>
  isUniqueViolation(error) && (error?.constraint === SUPPORTER_EMAIL_INDEX || String(error?.message).includes(SUPPORTER_EMAIL_INDEX));

/** The document service's own check of the `unique` username (the email here), run just before the insert. */
const isUsernameUniquenessError = (error: any) =>
  error instanceof errors.ValidationError &&
  ((error.details as any)?.errors ?? []).some((e: any) => e?.path?.[0] === 'username' && /unique/i.test(String(e?.message)));

/** users-permissions' own check, before the insert, answers this message. */
const isTakenEmailRefusal = (error: any) => error instanceof errors.ApplicationError && error.message === EMAIL_TAKEN_MESSAGE;

const isTakenEmail = (error: unknown) => isEmailIndexViolation(error) || isUsernameUniquenessError(error) || isTakenEmailRefusal(error);

/**
 * Runs before users-permissions' own register action: validates the whole body against the
 * allow-list (unknown fields, weak passwords and bad ZIPs are a 400 with nothing written), sets the
 * username to the email and keeps the optional `locale` as the account's `preferredLocale` (the language
 * of its notices). The request is marked as a supporter's sign-up: its new account gets the welcome
 * (src/notices/welcome-on-registration.ts).
 *
 * users-permissions checks that the email is free and then creates the user: sign-ups of one email
 * at once all pass that check. The later ones fail either on the document service's uniqueness
 * check of the username or, when even that races, on the unique index on lower(email)
 * (src/bootstrap/supporter-email-index.ts). Each gets the 400 the first check gives, not a 500 or
 * a message about a username nobody sent; its insert never happened or was rolled back with its
 * transaction, so no profile was created for it (profiles are made in the user's afterCreate).
 */
export default () => async (ctx: any, next: () => Promise<unknown>) => {
  const { locale, ...registration } = parseRegistration(ctx.request.body ?? {});
  ctx.request.body = { ...registration, username: registration.email, ...(locale ? { preferredLocale: locale } : {}) };
  markSupporterRegistration(ctx);
  try {
    await next();
  } catch (error) {
    if (isTakenEmail(error)) throw new errors.ApplicationError(EMAIL_TAKEN_MESSAGE, { code: 'email_taken' });
    throw error;
  }
};
