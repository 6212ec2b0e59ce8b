import { ApiFailure, authApi } from '../api';
import { onSubmit } from '../forms';
import { message } from '../site-data';
import { check, formOf, looksLikeEmail, setStatus, translateFailure } from './common';

/**
 * /forgot-password: POST /api/auth/forgot-password. The answer is the same neutral sentence whether or
 * not the account exists; a 5xx (no mail provider configured) says plainly that no email can be sent.
 */
export function enhance() {
  const form = formOf('forgot-password');
  if (!form) return;
  onSubmit(form, async (values) => {
    setStatus('', '');
    if (!check(form, [['email', looksLikeEmail(values.email), message('errorEmail')]])) return;
    try {
      await authApi('/auth/forgot-password', { email: values.email.trim() });
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.status >= 500) throw new ApiFailure(failure.status, message('forgotUnavailable'), failure.code, {});
      throw translateFailure(failure, { fields: { email: message('errorEmail') } });
    }
    form.reset();
    setStatus('', message('forgotSent'));
  });
}
