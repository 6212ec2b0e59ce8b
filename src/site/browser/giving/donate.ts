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
import { dollarsToCents, formatMoney } from './money';

/** Refusal codes answered about one field (plugin README, "Refusal codes"). */
const FIELD_OF_CODE: Record<string, string> = {
  contribution_limit_reached: 'amountCents',
  unknown_election: 'electionDocumentId',
  past_election_no_debts: 'electionDocumentId',
  over_net_debts: 'electionDocumentId',
  us_passport_required: 'usPassportNumber',
};

/** Field errors the site words in its own language (the API's zod messages are English). */
const FORMAT_MESSAGES: Record<string, string> = {
  zip: 'invalidZip',
  state: 'invalidState',
  email: 'invalidEmail',
  usPassportNumber: 'invalidPassport',
};

const OPTIONAL_TEXT = ['usPassportNumber', 'pageSlug', 'recruiter', 'refcode', 'refcode2', 'utmSource', 'utmMedium', 'utmCampaign'];
const SANDBOX_CHECKOUT = /\/api\/mymitt-fundraising\/sandbox\/checkout\/(cs_sandbox_[a-f0-9]{32})$/;

function labelOf(form: HTMLFormElement, name: string): string {
  const input = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  return (input && form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent?.trim()) || name;
}

/** An affirmation box left unticked, named by the start of its text (five boxes, five distinct messages). */
function affirmationMessage(form: HTMLFormElement, name: string): string {
  const text = labelOf(form, name).replace(/\s+/g, ' ');
  return message('affirmationRequired', { text: text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text });
}

/** The amount chosen: the "other amount" box wins when filled, else the preset ticked. */
function amountOf(form: HTMLFormElement, values: Record<string, string>): number | string {
  if (values.amountOther?.trim()) return dollarsToCents(values.amountOther) ?? message('amountInvalid');
  if (values.amountPreset) return Number(values.amountPreset);
  return message('amountRequired');
}

/** What the donor can fix without asking the server: empty required fields, boxes not ticked, the amount. */
function localProblems(form: HTMLFormElement, values: Record<string, string>) {
  const problems: Array<{ path: string[]; message: string }> = [];
  const amount = amountOf(form, values);
  if (typeof amount === 'string') problems.push({ path: ['amountCents'], message: amount });
  for (const input of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[required]')) {
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (!input.checked) problems.push({ path: [input.name], message: affirmationMessage(form, input.name) });
    } else if (!input.value.trim()) {
      problems.push({ path: [input.name], message: message('fieldRequired', { label: labelOf(form, input.name) }) });
    }
  }
  if (values.country === 'US' || !values.country) {
    if (values.zip?.trim() && !/^\d{5}(-\d{4})?$/.test(values.zip.trim())) problems.push({ path: ['zip'], message: message('invalidZip') });
  } else if (!values.usPassportNumber?.trim()) {
    problems.push({ path: ['usPassportNumber'], message: message('fieldRequired', { label: labelOf(form, 'usPassportNumber') }) });
  }
  return problems;
}

function bodyOf(form: HTMLFormElement, values: Record<string, string>) {
  const affirmations: Record<string, boolean> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name^="affirmations."]')) {
    affirmations[input.name.slice('affirmations.'.length)] = input.checked;
  }
  const body: Record<string, unknown> = {
    amountCents: amountOf(form, values),
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    street: values.street,
    city: values.city,
    state: values.state,
    zip: values.zip,
    country: values.country || 'US',
    occupation: values.occupation,
    employer: values.employer,
    affirmations,
    affirmationsVersion: values.affirmationsVersion,
    recurring: isChecked(form, 'recurring'),
    anonymous: isChecked(form, 'anonymous'),
    // Checkout sends a Spanish donor back to the Spanish thanks page.
    locale: siteData().locale,
  };
  if (form.elements.namedItem('redesignationConsent')) body.redesignationConsent = isChecked(form, 'redesignationConsent');
  if (values.electionDocumentId) body.electionDocumentId = values.electionDocumentId;
  for (const name of OPTIONAL_TEXT) if (values[name]?.trim()) body[name] = values[name].trim();
  if (body.country === 'US') delete body.usPassportNumber;
  return body;
}

/**
 * The API's refusal, reworded for the page: the limit with the room left in this language, an affirmation
 * issue beside its own box (`affirmations.<key>`), format issues of known fields in this language.
 */
function localized(form: HTMLFormElement, failure: unknown): unknown {
  if (!(failure instanceof ApiFailure)) return failure;
  if (failure.code === 'contribution_limit_reached') {
    const remaining = Number(failure.details.remainingCents ?? 0);
    const limit = formatMoney(Number(failure.details.limitCents ?? 0));
    const text = remaining > 0 ? message('overLimit', { remaining: formatMoney(remaining), limit }) : message('overLimitReached', { limit });
    return new ApiFailure(failure.status, text, failure.code, { ...failure.details, errors: [] });
  }
  const issues = (failure.details?.errors as Array<{ path?: string[]; message?: string }> | undefined) ?? [];
  if (!issues.length) return failure;
  const errors = issues.map((issue) => {
    const path = (issue.path ?? []).filter((part) => part !== 'data').map(String);
    if (path[0] === 'affirmations') {
      const name = `affirmations.${path[1] ?? ''}`;
      return form.elements.namedItem(name) ? { path: [name], message: affirmationMessage(form, name) } : { path: [], message: issue.message ?? failure.message };
    }
    const key = FORMAT_MESSAGES[path[0]];
    return { path, message: key ? message(key) : issue.message };
  });
  return new ApiFailure(failure.status, errors[0]?.message ?? failure.message, failure.code, { ...failure.details, errors });
}

/** A foreign address needs a US passport number (FEC-08): the box shows only then. */
function wirePassport(form: HTMLFormElement) {
  const country = form.elements.namedItem('country');
  const box = form.querySelector<HTMLElement>('[data-passport]');
  if (!(country instanceof HTMLSelectElement) || !box) return;
  const sync = () => {
    box.hidden = country.value === 'US';
  };
  country.addEventListener('change', sync);
  sync();
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

/** Where the donor pays: Stripe's page, or the site's face of the offline sandbox checkout. */
function paymentPage(checkoutUrl: string, documentId: string): string {
  const sandbox = SANDBOX_CHECKOUT.exec(new URL(checkoutUrl, location.origin).pathname);
  if (sandbox) return sitePath(`/donate/sandbox/${sandbox[1]}?contribution=${encodeURIComponent(documentId)}`);
  return checkoutUrl;
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
        throw localized(form, failure);
      }
    },
    FIELD_OF_CODE
  );
}
