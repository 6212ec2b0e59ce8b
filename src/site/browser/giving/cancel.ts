/**
 * The receipt's "stop my monthly gift" page (server/pages/giving/cancel.ts): posts the link's token to
 * POST /donations/:documentId/cancel-recurring-by-link and shows the outcome (already stopped is an
 * outcome too); a refused link shows the server's refusal, worded in the page's language.
 */
import { api, ApiFailure } from '../api';
import { onSubmit } from '../forms';
import { message } from '../site-data';

const REFUSALS: Record<string, string> = { invalid_cancel_link: 'cancelInvalidLink', not_recurring: 'cancelNotRecurring' };

export function enhance() {
  const form = document.querySelector<HTMLFormElement>('form[data-cancel-form]');
  const outcome = document.querySelector<HTMLElement>('[data-cancel-outcome]');
  if (!form || !outcome) return;
  onSubmit(form, async (values) => {
    try {
      const { data } = await api<{ data: { cancelling: boolean; alreadyCancelled: boolean } }>(
        'POST',
        `/mymitt-fundraising/donations/${encodeURIComponent(values.contribution)}/cancel-recurring-by-link`,
        { token: values.token }
      );
      outcome.textContent = message(data.alreadyCancelled ? 'cancelAlready' : 'cancelDone');
      outcome.hidden = false;
      form.hidden = true;
      // The lead described a gift still running: no longer true.
      const lead = document.querySelector<HTMLElement>('[data-cancel-lead]');
      if (lead) lead.hidden = true;
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.code && REFUSALS[failure.code]) {
        throw new ApiFailure(failure.status, message(REFUSALS[failure.code]), failure.code, {});
      }
      throw failure;
    }
  });
}
