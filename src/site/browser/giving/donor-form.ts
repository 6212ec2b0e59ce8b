/**
 * The browser half of the donor fields every contribution form shares (server/pages/giving/donor-fields.ts):
 * the donate form and the shop's checkout. Checks what the donor can fix before sending, builds the
 * donor body, and rewords the API's refusals in the page's language beside their fields.
 */
import { ApiFailure } from '../api';
import { message } from '../site-data';
import { formatMoney } from './money';

export interface Problem {
  path: string[];
  message: string;
}

/** Field errors the site words in its own language (the API's zod messages are English). */
const FORMAT_MESSAGES: Record<string, string> = {
  zip: 'invalidZip',
  state: 'invalidState',
  email: 'invalidEmail',
  usPassportNumber: 'invalidPassport',
  'shipping.zip': 'invalidZip',
  'shipping.state': 'invalidState',
};

const US_ZIP = /^\d{5}(-\d{4})?$/;

export function labelOf(form: HTMLFormElement, name: string): string {
  const input = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  return (input && form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent?.trim()) || name;
}

/** An affirmation box left unticked, named by the start of its text (five boxes, five distinct messages). */
export function affirmationMessage(form: HTMLFormElement, name: string): string {
  const text = labelOf(form, name).replace(/\s+/g, ' ');
  return message('affirmationRequired', { text: text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text });
}

/** Empty required fields, boxes not ticked, a US ZIP's shape, a foreign address's passport. */
export function donorProblems(form: HTMLFormElement, values: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const input of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[required]')) {
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (!input.checked) problems.push({ path: [input.name], message: affirmationMessage(form, input.name) });
    } else if (!input.value.trim()) {
      problems.push({ path: [input.name], message: message('fieldRequired', { label: labelOf(form, input.name) }) });
    }
  }
  if (values.country === 'US' || !values.country) {
    if (values.zip?.trim() && !US_ZIP.test(values.zip.trim())) problems.push({ path: ['zip'], message: message('invalidZip') });
  } else if (!values.usPassportNumber?.trim()) {
    problems.push({ path: ['usPassportNumber'], message: message('fieldRequired', { label: labelOf(form, 'usPassportNumber') }) });
  }
  return problems;
}

/** The donor half of a contribution body (the fundraising plugin's contributionDonorFields). */
export function donorOf(form: HTMLFormElement, values: Record<string, string>): Record<string, unknown> {
  const affirmations: Record<string, boolean> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name^="affirmations."]')) {
    affirmations[input.name.slice('affirmations.'.length)] = input.checked;
  }
  const country = values.country || 'US';
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    street: values.street,
    city: values.city,
    state: values.state,
    zip: values.zip,
    country,
    occupation: values.occupation,
    employer: values.employer,
    affirmations,
    affirmationsVersion: values.affirmationsVersion,
    ...(country !== 'US' && values.usPassportNumber?.trim() ? { usPassportNumber: values.usPassportNumber.trim() } : {}),
  };
}

/**
 * The API's refusal, reworded for the page: the limit with the room left in this language, an affirmation
 * issue beside its own box (`affirmations.<key>`), format issues of known fields in this language.
 * `fieldOf` turns an issue's path (without `data`) into the form's field path.
 */
export function localizedRefusal(form: HTMLFormElement, failure: unknown, fieldOf: (path: string[]) => string[] = (path) => path): unknown {
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
    const path = fieldOf((issue.path ?? []).filter((part) => part !== 'data').map(String));
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
export function wirePassport(form: HTMLFormElement) {
  const country = form.elements.namedItem('country');
  const box = form.querySelector<HTMLElement>('[data-passport]');
  if (!(country instanceof HTMLSelectElement) || !box) return;
  const sync = () => {
    box.hidden = country.value === 'US';
  };
  country.addEventListener('change', sync);
  sync();
}
