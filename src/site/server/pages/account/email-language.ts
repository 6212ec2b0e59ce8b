import { errorSummary, selectField } from '../../components/form';
import { html, type SafeHtml } from '../../html';
import type { Messages } from '../../../messages';

/** What the section's script (browser/account/email-language.ts) says, in the page's language. */
export const EMAIL_LANGUAGE_MESSAGES = [
  'emailLanguageCurrent', 'emailLanguageNotChosen', 'emailLanguageSaved', 'errorEmailLanguage',
  'emailLanguageName.en', 'emailLanguageName.es',
] as const;

/**
 * The dashboard's "Email language" section: the language of the supporter's campaign emails
 * (GET/PUT /api/account/preferences). The page is one cached shell for everyone, so the form is drawn
 * hidden with no choice made; the browser fills in the account's value and shows it.
 */
export function emailLanguageSection(t: Messages): SafeHtml {
  return html`<section class="account-section" aria-labelledby="email-language-heading">
<h2 id="email-language-heading">${t.emailLanguageTitle}</h2>
<p>${t.emailLanguageIntro}</p>
<p class="muted" role="status" data-email-language-loading>${t.loading}</p>
<p data-email-language-current hidden></p>
<form class="form" method="post" novalidate data-form="email-language" hidden>
${errorSummary(t.formProblem)}
${selectField({
  name: 'preferredLocale',
  label: t.fieldEmailLanguage,
  options: [
    { value: 'en', label: t.emailLanguageOptionEn },
    { value: 'es', label: t.emailLanguageOptionEs },
  ],
  required: true,
})}
<p><button class="button button--primary" type="submit">${t.emailLanguageSubmit}</button></p>
<div class="account-status" role="status" aria-live="polite" data-status="email-language"></div>
</form>
</section>`;
}
