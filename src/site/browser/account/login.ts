import { authApi } from '../api';
import { onSubmit } from '../forms';
import { message } from '../site-data';
import { check, formOf, looksLikeEmail, nextPath, saveAuth, translateFailure } from './common';

/** /login: POST /api/auth/local, keep the session, go to `next` (a same-site path) or the dashboard. */
export function enhance() {
  const form = formOf('login');
  if (!form) return;
  onSubmit(form, async (values) => {
    const ok = check(form, [
      ['identifier', looksLikeEmail(values.identifier), message('errorEmail')],
      ['password', values.password.length > 0, message('errorPasswordMissing')],
    ]);
    if (!ok) return;
    try {
      saveAuth(await authApi('/auth/local', { identifier: values.identifier.trim(), password: values.password }));
    } catch (failure) {
      // users-permissions answers 400 "Invalid identifier or password" (and the same for a blocked account).
      throw translateFailure(failure, { fallback: message('loginFailed') });
    }
    location.assign(nextPath(values.next));
  });
}
