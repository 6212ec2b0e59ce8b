import { html } from '../html';
import type { PageContext, RenderedPage } from '../types';

export function notFoundPage({ t, href }: PageContext): RenderedPage {
  return {
    status: 404,
    head: { title: t.notFoundTitle, noIndex: true },
    main: html`<section class="narrow"><h1>${t.notFoundTitle}</h1><p>${t.notFoundBody}</p><p><a href="${href('/')}">${t.backHome}</a></p></section>`,
    ttlSeconds: 10,
  };
}

export function errorPage({ t, href }: PageContext): RenderedPage {
  return {
    status: 500,
    head: { title: t.errorTitle, noIndex: true },
    main: html`<section class="narrow"><h1>${t.errorTitle}</h1><p>${t.errorBody}</p><p><a href="${href('/')}">${t.backHome}</a></p></section>`,
    cache: 'private',
  };
}

/** A site form posted with scripts off: the form works through its script, which calls the API. */
export function scriptsNeededPage({ t }: PageContext, formPath: string): RenderedPage {
  return {
    status: 405,
    head: { title: t.scriptsNeededTitle, noIndex: true },
    main: html`<section class="narrow"><h1>${t.scriptsNeededTitle}</h1><p>${t.noscriptForms}</p><p><a href="${formPath}">${t.backToForm}</a></p></section>`,
    cache: 'private',
  };
}
