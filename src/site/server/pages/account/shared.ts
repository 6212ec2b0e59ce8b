import { html, type SafeHtml } from '../../html';
import type { PageContext, RenderedPage } from '../../types';

/** A profile slug as the API makes them (`ann-r`, `ann-r-2`): anything else in `?ref=` is dropped. */
const PROFILE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function recruiterRef(value: string | undefined): string {
  return value && value.length <= 120 && PROFILE_SLUG.test(value) ? value : '';
}

/**
 * Where to go after signing in: a path of this site only (`/fundraise/start`), never an absolute or
 * protocol-relative URL (`https://…`, `//evil.example`, `/\evil.example`): no open redirect.
 * The browser checks it again before following it (browser/account/common.ts).
 */
export function safeNext(value: string | undefined): string {
  if (!value || value.length > 200) return '';
  return /^\/(?![/\\])[A-Za-z0-9\-._~/?=&%]*$/.test(value) ? value : '';
}

/** `/login?next=/fundraise/start` in this page's locale (the next path itself stays locale-free). */
export function withNext(context: PageContext, path: string, next: string): string {
  return next ? `${context.href(path)}?next=${encodeURIComponent(next)}` : context.href(path);
}

export function hiddenInput(name: string, value: string): SafeHtml {
  return html`<input type="hidden" name="${name}" value="${value}">`;
}

/** The prompt a signed-out visitor sees (shown by the browser: `data-when="signed-out"`). */
export function signedOutPrompt(context: PageContext, text: string, next: string): SafeHtml {
  const { t } = context;
  return html`<div class="notice account-prompt" data-when="signed-out" data-signed-out hidden>
<h2>${t.signedOutTitle}</h2>
<p>${text}</p>
<p class="account-actions"><a class="button button--primary" href="${withNext(context, '/signup', next)}">${t.navSignUp}</a>
<a class="button button--secondary" href="${withNext(context, '/login', next)}">${t.navLogIn}</a></p>
</div>`;
}

export function noscript(text: string): SafeHtml {
  return html`<noscript><p class="notice">${text}</p></noscript>`;
}

/**
 * Account pages are the same for everyone (personal content is drawn in the browser), so they are
 * cached like any page; they are kept out of search results.
 */
export function accountPage(
  context: PageContext,
  options: { title: string; description: string; main: SafeHtml; enhance: string; clientMessages: readonly string[]; clientData?: Record<string, unknown> }
): RenderedPage {
  return {
    head: { title: options.title, description: options.description, noIndex: true },
    main: options.main,
    tags: ['account'],
    ttlSeconds: 300,
    enhance: [options.enhance],
    clientMessages: options.clientMessages,
    clientData: options.clientData,
  };
}

/** Messages every account form's script may show. */
export const FORM_MESSAGES = ['formProblem', 'networkError', 'tooManyAttempts'] as const;
