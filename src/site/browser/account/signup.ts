import { authApi } from '../api';
import { onSubmit } from '../forms';
import { message, siteData } from '../site-data';
import { check, formOf, looksLikeEmail, nextPath, saveAuth, translateFailure } from './common';

/**
 * /signup: POST /api/auth/local/register with the recruiter's profile slug as `?ref=` (the profiles
 * plugin credits that supporter) and the page's language as `locale` (the account's language for its
 * emails: 'es' from /es/signup), then the session is kept and the supporter goes on.
 */
export function enhance() {
  const form = formOf('signup');
  if (!form) return;
  const min = Number(siteData().passwordMinLength ?? 10);
  onSubmit(form, async (values) => {
    const ok = check(form, [
      ['firstName', values.firstName.trim().length > 0, message('errorFirstName')],
      ['lastName', values.lastName.trim().length > 0, message('errorLastName')],
      ['email', looksLikeEmail(values.email), message('errorEmail')],
      ['password', values.password.length >= min, message('errorPasswordShort', { min })],
      ['zip', /^\d{5}(-\d{4})?$/.test(values.zip.trim()), message('errorZip')],
    ]);
    if (!ok) return;
    const ref = values.ref ? `?ref=${encodeURIComponent(values.ref)}` : '';
    try {
      const answer = await authApi<{ jwt: string; user: { firstName?: string } }>(`/auth/local/register${ref}`, {
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        email: values.email.trim(),
        password: values.password,
        zip: values.zip.trim(),
        locale: siteData().locale,
      });
      saveAuth(answer);
    } catch (failure) {
      throw translateFailure(failure, {
        fields: {
          firstName: message('errorFirstName'),
          lastName: message('errorLastName'),
          email: message('errorEmail'),
          password: message('errorPasswordShort', { min }),
          zip: message('errorZip'),
        },
        codes: { email_taken: message('errorEmailTaken') },
      });
    }
    location.assign(nextPath(values.next));
  }, { email_taken: 'email' });
}
