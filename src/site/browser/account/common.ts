/** Shared by the account pages' scripts: small DOM building, client checks, refusals in the page's language. */
import { ApiFailure } from '../api';
import { showFieldError, showSummary } from '../forms';
import { saveSession } from '../session';
import { message, siteData, sitePath } from '../site-data';
import { formatMoney as formatMoneyIn, formatDate as formatDateIn } from '../../server/format';

type Child = Node | string | number | null | undefined | false;

/** An element with attributes and children; text is always set as text (never parsed as markup). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(typeof child === 'number' ? String(child) : child);
  return element;
}

export const locale = () => siteData().locale;
export const money = (cents: number) => formatMoneyIn(cents, locale());
export const date = (iso: string) => formatDateIn(iso, locale());

export function formOf(name: string): HTMLFormElement | null {
  return document.querySelector<HTMLFormElement>(`form[data-form="${name}"]`);
}

/** Client checks before calling the API: each failing check's message beside its field and in the summary. */
export function check(form: HTMLFormElement, checks: Array<[field: string, ok: boolean, message: string]>): boolean {
  const failing = checks.filter(([, ok]) => !ok);
  for (const [field, , text] of failing) showFieldError(form, field, text);
  showSummary(form, failing.map(([name, , text]) => ({ name, message: text })));
  return failing.length === 0;
}

export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/**
 * A refusal worded in the page's language where we know the field or the code; the server's own
 * message stays for anything else. `rename` maps an API field to the form's (goalCents → goal).
 */
export function translateFailure(
  failure: unknown,
  options: { fields?: Record<string, string>; codes?: Record<string, string>; rename?: Record<string, string>; fallback?: string } = {}
): unknown {
  if (!(failure instanceof ApiFailure)) return failure;
  if (failure.code === 'network' || failure.status === 0) return new ApiFailure(0, message('networkError'), 'network', {});
  if (failure.status === 429) return new ApiFailure(429, message('tooManyAttempts'), failure.code, {});
  const errors = ((failure.details?.errors as Array<{ path?: Array<string | number>; message?: string }>) ?? []).map((issue) => {
    const path = (issue.path ?? []).filter((part) => part !== 'data').map((part) => options.rename?.[String(part)] ?? part);
    const field = String(path[0] ?? '');
    return { ...issue, path, message: options.fields?.[field] ?? issue.message };
  });
  const coded = failure.code ? options.codes?.[failure.code] : undefined;
  const text = coded ?? (errors.length ? failure.message : (options.fallback ?? failure.message));
  return new ApiFailure(failure.status, text, failure.code, { ...failure.details, errors });
}

/**
 * The `next` path to go to after signing in: a same-site path only (checked here again, after the
 * server): never an absolute URL, `//host` or `/\host`. Locale-free paths get this page's locale.
 */
export function nextPath(value: string | undefined, fallback = '/account'): string {
  const candidate = value && /^\/(?![/\\])[A-Za-z0-9\-._~/?=&%]*$/.test(value) ? value : '';
  if (!candidate) return sitePath(fallback);
  try {
    if (new URL(candidate, location.origin).origin !== location.origin) return sitePath(fallback);
  } catch {
    return sitePath(fallback);
  }
  return candidate === '/es' || candidate.startsWith('/es/') ? candidate : sitePath(candidate);
}

/** users-permissions' answer to register, login and reset-password: keep the token, say hello by first name. */
export function saveAuth(answer: { jwt: string; user?: { firstName?: string | null; username?: string } }) {
  saveSession({ jwt: answer.jwt, displayName: answer.user?.firstName || undefined });
}

/** Shows the signed-out parts of the page and hides the signed-in ones (after a 401, say). */
export function showSignedOut() {
  for (const element of document.querySelectorAll<HTMLElement>('[data-when]')) element.hidden = element.dataset.when !== 'signed-out';
}

export function setStatus(name: string, text: string) {
  const region = document.querySelector<HTMLElement>(`[data-status="${name}"]`);
  if (region) region.textContent = text;
}

/** Whole dollars from a typed goal: `500`, `$1,000`, `250.50`, `250,50` → cents; null when unreadable. */
export function dollarsToCents(text: string): number | null {
  let value = text.replace(/[\s$]/g, '').replace(/US$/i, '');
  if (/^\d+,\d{1,2}$/.test(value)) value = value.replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(value)) value = value.replace(/,/g, '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Cents as the goal field shows them: `500`, `250.50`. */
export function centsToDollars(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
