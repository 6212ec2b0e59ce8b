import { authApi } from '../api';
import { onSubmit, showSummary } from '../forms';
import { message, siteData } from '../site-data';
import { check, formOf, nextPath, saveAuth, translateFailure } from './common';

/** /reset-password?code=…: POST /api/auth/reset-password, then signed in with the new password. */
export function enhance() {
  const form = formOf('reset-password');
  if (!form) return;
  const code = new URLSearchParams(location.search).get('code') ?? '';
  const min = Number(siteData().passwordMinLength ?? 10);
  if (!code) {
    showSummary(form, [{ message: message('resetNoCode') }]);
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = true;
    return;
  }
  onSubmit(form, async (values) => {
    const ok = check(form, [
      ['password', values.password.length >= min, message('errorPasswordShort', { min })],
      ['passwordConfirmation', values.password === values.passwordConfirmation, message('errorPasswordsDiffer')],
    ]);
    if (!ok) return;
    try {
      saveAuth(await authApi('/auth/reset-password', { code, password: values.password, passwordConfirmation: values.passwordConfirmation }));
    } catch (failure) {
      throw translateFailure(failure, {
        fields: { password: message('errorPasswordShort', { min }), passwordConfirmation: message('errorPasswordsDiffer') },
        fallback: message('resetBadCode'),
      });
    }
    location.assign(nextPath(undefined));
  });
}
