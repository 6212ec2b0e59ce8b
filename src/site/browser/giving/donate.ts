/**
 * The donate form (server/pages/giving/donate.ts): checks what the donor can fix before sending, posts
 * POST /mymitt-fundraising/donations `{ data }`, then goes to the payment page. Refusals are shown where
 * they belong: the FEC-01 limit (422 contribution_limit_reached) beside the amount with what the donor may
 * still give, the election refusals beside the election, zod issues beside their fields.
 */
import { api, ApiFailure } from '../api';
import { isChecked, onSubmit } from '../forms';
import { currentSession } from '../session';
import { message, siteData, sitePath } from '../site-data';
import { dollarsToCents } from './money';
import { donorOf, donorProblems, localizedRefusal, wirePassport } from './donor-form';
import { paymentPage } from './payment-page';

/** Refusal codes answered about one field (plugin README, "Refusal codes"). */
const FIELD_OF_CODE: Record<string, string> = {
  contribution_limit_reached: 'amountCents',
  unknown_election: 'electionDocumentId',
  past_election_no_debts: 'electionDocumentId',
  over_net_debts: 'electionDocumentId',
  us_passport_required: 'usPassportNumber',
};

const OPTIONAL_TEXT = ['pageSlug', 'recruiter', 'refcode', 'refcode2', 'utmSource', 'utmMedium', 'utmCampaign'];

/** The amount chosen: the "other amount" box wins when filled, else the preset ticked. */
function amountOf(form: HTMLFormElement, values: Record<string, string>): number | string {
  if (values.amountOther?.trim()) return dollarsToCents(values.amountOther) ?? message('amountInvalid');
  if (values.amountPreset) return Number(values.amountPreset);
  return message('amountRequired');
}

/** What the donor can fix without asking the server: the amount, then the donor's own fields and boxes. */
function localProblems(form: HTMLFormElement, values: Record<string, string>) {
  const amount = amountOf(form, values);
  return [...(typeof amount === 'string' ? [{ path: ['amountCents'], message: amount }] : []), ...donorProblems(form, values)];
}

function bodyOf(form: HTMLFormElement, values: Record<string, string>) {
  const body: Record<string, unknown> = {
    ...donorOf(form, values),
    amountCents: amountOf(form, values),
    recurring: isChecked(form, 'recurring'),
    anonymous: isChecked(form, 'anonymous'),
    // Checkout sends a Spanish donor back to the Spanish thanks page.
    locale: siteData().locale,
  };
  if (form.elements.namedItem('redesignationConsent')) body.redesignationConsent = isChecked(form, 'redesignationConsent');
  if (values.electionDocumentId) body.electionDocumentId = values.electionDocumentId;
  for (const name of OPTIONAL_TEXT) if (values[name]?.trim()) body[name] = values[name].trim();
  return body;
}

/** Typing another amount unticks the presets, and ticking a preset clears the box: one amount at a time. */
function wireAmounts(form: HTMLFormElement) {
  const other = form.elements.namedItem('amountOther');
  if (!(other instanceof HTMLInputElement)) return;
  other.addEventListener('input', () => {
    if (!other.value.trim()) return;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="amountPreset"]')) radio.checked = false;
  });
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="amountPreset"]')) {
    radio.addEventListener('change', () => {
      if (radio.checked) other.value = '';
    });
  }
}

/**
 * A donor who leaves the payment page without paying comes back to `/donate?cancelled=…`: their details
 * are put back (kept in this tab's sessionStorage only while they are away paying; the boxes they ticked
 * are not, they confirm again).
 */
const DRAFT_KEY = 'mymitt.donate.draft';
const NOT_KEPT = /^(affirmations\.|amountCents$|affirmationsVersion$)/;
const ATTRIBUTION = ['recruiter', 'refcode', 'refcode2', 'utmSource', 'utmMedium', 'utmCampaign'];

function keepDraft(form: HTMLFormElement) {
  const draft: Record<string, string | boolean> = {};
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || !element.name || NOT_KEPT.test(element.name)) continue;
    if (element instanceof HTMLInputElement && element.type === 'radio') {
      if (element.checked) draft[element.name] = element.value;
      continue;
    }
    draft[element.name] = element instanceof HTMLInputElement && element.type === 'checkbox' ? element.checked : element.value;
  }
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage refused (private mode, quota): the donor types again if they come back.
  }
}

function restoreDraft(form: HTMLFormElement) {
  let draft: Record<string, string | boolean> | null = null;
  const query = new URLSearchParams(location.search);
  try {
    draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null');
    // Stripe's cancel address names no fundraising page: come back to the page's own form first.
    if (draft && typeof draft.pageSlug === 'string' && query.has('cancelled') && !query.has('page')) {
      location.replace(sitePath(`/donate?page=${encodeURIComponent(draft.pageSlug)}&cancelled=${encodeURIComponent(query.get('cancelled')!)}`));
      return;
    }
    sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    return;
  }
  if (!draft || !query.has('cancelled')) return;
  for (const [name, value] of Object.entries(draft)) {
    if (name === 'amountPreset') {
      const radio = form.querySelector<HTMLInputElement>(`input[name="amountPreset"][value="${CSS.escape(String(value))}"]`);
      if (radio) radio.checked = true;
      continue;
    }
    let element = form.elements.namedItem(name);
    if (!element && ATTRIBUTION.includes(name) && typeof value === 'string') {
      // Attribution the return address does not carry (a referral code, UTM tags): kept with the gift.
      const hidden = Object.assign(document.createElement('input'), { type: 'hidden', name, value });
      form.append(hidden);
      element = hidden;
    }
    if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = value === true;
    else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) element.value = String(value);
  }
}

export function enhance() {
  const form = document.querySelector<HTMLFormElement>('form[data-donate-form]');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-donate-status]');
  restoreDraft(form);
  wirePassport(form);
  wireAmounts(form);
  onSubmit(
    form,
    async (values) => {
      const problems = localProblems(form, values);
      if (problems.length) throw new ApiFailure(400, problems[0].message, undefined, { errors: problems });
      const hidden = form.elements.namedItem('amountCents');
      if (hidden instanceof HTMLInputElement) hidden.value = String(amountOf(form, values));
      if (status) status.textContent = message('donateWorking');
      try {
        const body = bodyOf(form, values);
        const donate = () => api<{ data: { documentId: string; checkoutUrl: string } }>('POST', '/mymitt-fundraising/donations', body);
        // An expired session is a 401 even on this public route; api() forgot it: give as a guest.
        const { data } = await donate().catch((failure) => {
          if (failure instanceof ApiFailure && failure.status === 401 && !currentSession()) return donate();
          throw failure;
        });
        keepDraft(form);
        location.assign(paymentPage(data.checkoutUrl, data.documentId));
      } catch (failure) {
        if (status) status.textContent = '';
        throw localizedRefusal(form, failure);
      }
    },
    FIELD_OF_CODE
  );
}
