/**
 * The unsubscribe page (server/pages/notices/unsubscribe.ts): posts the link's token to
 * POST /mymitt-profiles/notices/unsubscribe and says it is done (a second time too); a refused link shows
 * the page's own words for it, in the page's language.
 */
import { api, ApiFailure } from '../api';
import { onSubmit } from '../forms';
import { message } from '../site-data';

export function enhance() {
  const form = document.querySelector<HTMLFormElement>('form[data-unsubscribe-form]');
  const outcome = document.querySelector<HTMLElement>('[data-unsubscribe-outcome]');
  if (!form || !outcome) return;
  onSubmit(form, async (values) => {
    try {
      await api<{ data: { unsubscribed: boolean } }>('POST', '/mymitt-profiles/notices/unsubscribe', { token: values.token });
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.status === 400) {
        throw new ApiFailure(failure.status, message('unsubscribeInvalid'), failure.code, {});
      }
      throw failure;
    }
    outcome.textContent = message('unsubscribeDone');
    outcome.hidden = false;
    form.hidden = true;
    const lead = document.querySelector<HTMLElement>('[data-unsubscribe-lead]');
    if (lead) lead.hidden = true;
  });
}
