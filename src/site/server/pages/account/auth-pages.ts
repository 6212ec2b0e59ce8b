import { PASSWORD_MIN_LENGTH } from '../../../../domain/supporter-account';
import { format } from '../../../messages';
import { errorSummary, textField } from '../../components/form';
import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';
import { accountPage, FORM_MESSAGES, hiddenInput, noscript, recruiterRef, safeNext, withNext } from './shared';

const PASSWORD_MESSAGES = ['errorPasswordShort', 'errorPasswordMissing'] as const;

/** `/signup?ref=<recruiter's profile slug>&next=<site path>` */
export async function signupPage(context: PageContext): Promise<RenderedPage> {
  const { t } = context;
  const ref = recruiterRef(context.query.ref);
  const next = safeNext(context.query.next);
  const main = html`<section class="narrow account">
<h1>${t.signupTitle}</h1>
<p>${t.signupIntro}</p>
${ref ? html`<p class="notice notice--ok">${t.signupInvited}</p>` : ''}
${noscript(t.noscriptForms)}
<form class="form" method="post" novalidate data-form="signup">
${errorSummary(t.formProblem)}
${hiddenInput('ref', ref)}
${hiddenInput('next', next)}
${textField({ name: 'firstName', label: t.fieldFirstName, required: true, autocomplete: 'given-name', maxlength: 80 })}
${textField({ name: 'lastName', label: t.fieldLastName, required: true, autocomplete: 'family-name', maxlength: 80 })}
${textField({ name: 'email', label: t.fieldEmail, type: 'email', required: true, autocomplete: 'email', maxlength: 254 })}
${textField({
  name: 'password',
  label: t.fieldPassword,
  type: 'password',
  required: true,
  autocomplete: 'new-password',
  hint: format(t.fieldPasswordHint, { min: PASSWORD_MIN_LENGTH }),
})}
${textField({ name: 'zip', label: t.fieldZip, required: true, autocomplete: 'postal-code', inputmode: 'numeric', maxlength: 10, hint: t.fieldZipHint })}
<p class="muted">${t.signupPrivacy}</p>
<p><button class="button button--primary" type="submit">${t.signupSubmit}</button></p>
</form>
<p>${t.signupHaveAccount} <a href="${withNext(context, '/login', next)}">${t.navLogIn}</a></p>
</section>`;
  return accountPage(context, {
    title: t.signupTitle,
    description: t.signupDescription,
    main,
    enhance: 'signup',
    clientMessages: [...FORM_MESSAGES, ...PASSWORD_MESSAGES, 'errorFirstName', 'errorLastName', 'errorEmail', 'errorZip', 'errorEmailTaken'],
    clientData: { passwordMinLength: PASSWORD_MIN_LENGTH },
  });
}

/** `/login?next=<site path>` */
export async function loginPage(context: PageContext): Promise<RenderedPage> {
  const { t } = context;
  const next = safeNext(context.query.next);
  const main = html`<section class="narrow account">
<h1>${t.loginTitle}</h1>
${noscript(t.noscriptForms)}
<form class="form" method="post" novalidate data-form="login">
${errorSummary(t.formProblem)}
${hiddenInput('next', next)}
${textField({ name: 'identifier', label: t.fieldEmail, type: 'email', required: true, autocomplete: 'username' })}
${textField({ name: 'password', label: t.fieldPassword, type: 'password', required: true, autocomplete: 'current-password' })}
<p><button class="button button--primary" type="submit">${t.loginSubmit}</button></p>
</form>
<p><a href="${context.href('/forgot-password')}">${t.loginForgot}</a></p>
<p>${t.loginNoAccount} <a href="${withNext(context, '/signup', next)}">${t.navSignUp}</a></p>
</section>`;
  return accountPage(context, {
    title: t.loginTitle,
    description: t.loginDescription,
    main,
    enhance: 'login',
    clientMessages: [...FORM_MESSAGES, ...PASSWORD_MESSAGES, 'errorEmail', 'loginFailed'],
  });
}

/** `/forgot-password` */
export async function forgotPasswordPage(context: PageContext): Promise<RenderedPage> {
  const { t } = context;
  const main = html`<section class="narrow account">
<h1>${t.forgotTitle}</h1>
<p>${t.forgotIntro}</p>
${noscript(t.noscriptForms)}
<form class="form" method="post" novalidate data-form="forgot-password">
${errorSummary(t.formProblem)}
${textField({ name: 'email', label: t.fieldEmail, type: 'email', required: true, autocomplete: 'email' })}
<p><button class="button button--primary" type="submit">${t.forgotSubmit}</button></p>
</form>
<div class="account-status" role="status" aria-live="polite" data-status></div>
<p><a href="${context.href('/login')}">${t.navLogIn}</a></p>
</section>`;
  return accountPage(context, {
    title: t.forgotTitle,
    description: t.forgotDescription,
    main,
    enhance: 'forgot-password',
    clientMessages: [...FORM_MESSAGES, 'errorEmail', 'forgotSent', 'forgotUnavailable'],
  });
}

/**
 * `/reset-password?code=…`: the code is read by the browser from the address and never written into
 * the page, so the cached HTML is the same for everyone and holds no secret.
 */
export async function resetPasswordPage(context: PageContext): Promise<RenderedPage> {
  const { t } = context;
  const main = html`<section class="narrow account">
<h1>${t.resetTitle}</h1>
${noscript(t.noscriptForms)}
<form class="form" method="post" novalidate data-form="reset-password">
${errorSummary(t.formProblem)}
${textField({
  name: 'password',
  label: t.fieldNewPassword,
  type: 'password',
  required: true,
  autocomplete: 'new-password',
  hint: format(t.fieldPasswordHint, { min: PASSWORD_MIN_LENGTH }),
})}
${textField({ name: 'passwordConfirmation', label: t.fieldConfirmPassword, type: 'password', required: true, autocomplete: 'new-password' })}
<p><button class="button button--primary" type="submit">${t.resetSubmit}</button></p>
</form>
<p><a href="${context.href('/forgot-password')}">${t.resetAskAgain}</a></p>
</section>`;
  return accountPage(context, {
    title: t.resetTitle,
    description: t.resetDescription,
    main,
    enhance: 'reset-password',
    clientMessages: [...FORM_MESSAGES, ...PASSWORD_MESSAGES, 'errorPasswordsDiffer', 'resetNoCode', 'resetBadCode'],
    clientData: { passwordMinLength: PASSWORD_MIN_LENGTH },
  });
}
