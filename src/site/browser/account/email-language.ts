import { api, ApiFailure } from '../api';
import { onSubmit } from '../forms';
import { message } from '../site-data';
import { check, formOf, locale, setStatus, showSignedOut, translateFailure } from './common';

type EmailLocale = 'en' | 'es';
interface Preferences {
  preferredLocale: EmailLocale | null;
}

const PATH = '/account/preferences';
const isEmailLocale = (value: unknown): value is EmailLocale => value === 'en' || value === 'es';
/** The language's name in the page's language ("Spanish" on an English page, "inglés" on a Spanish one). */
const languageName = (locale: EmailLocale) => message(`emailLanguageName.${locale}`);

/**
 * The dashboard's "Email language" section (server/pages/account/email-language.ts): reads the account's
 * language (GET /api/account/preferences), shows it and selects it; Save sends the choice (PUT) and says
 * it was saved. An account that never chose one sees the page's language proposed.
 */
export async function wireEmailLanguage() {
  const form = formOf('email-language');
  const loading = document.querySelector<HTMLElement>('[data-email-language-loading]');
  const current = document.querySelector<HTMLElement>('[data-email-language-current]');
  if (!form || !loading || !current) return;
  const select = form.elements.namedItem('preferredLocale') as HTMLSelectElement;

  const show = (locale: EmailLocale | null) => {
    current.textContent = locale ? message('emailLanguageCurrent', { language: languageName(locale) }) : message('emailLanguageNotChosen');
    current.hidden = false;
  };

  let preferences: Preferences;
  try {
    preferences = (await api<{ data: Preferences }>('GET', PATH)).data;
  } catch (failure) {
    if (failure instanceof ApiFailure && failure.status === 401) return showSignedOut();
    loading.classList.replace('muted', 'field__error');
    loading.textContent = message(failure instanceof ApiFailure && failure.status === 0 ? 'networkError' : 'loadFailed');
    return;
  }
  loading.remove();
  show(preferences.preferredLocale);
  select.value = preferences.preferredLocale ?? locale();
  form.hidden = false;

  onSubmit(form, async (values) => {
    setStatus('email-language', '');
    const chosen = values.preferredLocale;
    if (!check(form, [['preferredLocale', isEmailLocale(chosen), message('errorEmailLanguage')]])) return;
    try {
      const answer = await api<{ data: Preferences }>('PUT', PATH, { preferredLocale: chosen });
      preferences = answer.data;
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.status === 401) return showSignedOut();
      throw translateFailure(failure, { fields: { preferredLocale: message('errorEmailLanguage') } });
    }
    show(preferences.preferredLocale);
    setStatus('email-language', message('emailLanguageSaved', { language: languageName(preferences.preferredLocale ?? (chosen as EmailLocale)) }));
  });
}
