import { errorSummary } from '../../components/form';
import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';

/**
 * `/unsubscribe?token=` — the link at the foot of every non-transactional notice (kit notices/deliver.ts).
 * One button posts the token to POST /api/mymitt-profiles/notices/unsubscribe (`notices-unsubscribe`
 * enhancer), which checks it; the page itself reads nothing. The token is one person's: never cached.
 */
export async function unsubscribePage(context: PageContext): Promise<RenderedPage> {
  const { t, query } = context;
  const base = { head: { title: t.unsubscribeTitle, noIndex: true }, cache: 'private' as const };
  if (!query.token) {
    return {
      ...base,
      main: html`<section class="narrow unsubscribe"><h1>${t.unsubscribeTitle}</h1><p class="notice">${t.unsubscribeMissing}</p></section>`,
    };
  }
  return {
    ...base,
    enhance: ['notices-unsubscribe'],
    clientMessages: ['unsubscribeDone', 'unsubscribeInvalid'],
    main: html`<section class="narrow unsubscribe">
<h1>${t.unsubscribeTitle}</h1>
<p data-unsubscribe-lead>${t.unsubscribeLead}</p>
<noscript><p class="notice">${t.noscriptForms}</p></noscript>
<form class="form" method="post" data-unsubscribe-form>
${errorSummary(t.errorSummaryTitle)}
<input type="hidden" name="token" value="${query.token}">
<p><button type="submit" class="button button--primary">${t.unsubscribeButton}</button></p>
</form>
<div class="notice notice--ok" role="status" aria-live="polite" data-unsubscribe-outcome hidden></div>
</section>`,
  };
}
