import { format } from '../../../messages';
import { ApiError } from '../../api-client';
import { errorSummary } from '../../components/form';
import { formatMoney } from '../../format';
import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';
import { donationStatus, type DonationStatus } from './data';

/**
 * `/donate/cancel?contribution=&token=` — the link in every monthly receipt (payments.cancelLink): a guest
 * stops a monthly gift without an account (FEC-12). The token is checked by the API when the button
 * posts it (`donate-cancel` enhancer); the page itself only shows the gift's amount. Never cached.
 */
export async function cancelPage(context: PageContext): Promise<RenderedPage> {
  const { t, locale, query } = context;
  const base = { head: { title: t.cancelTitle, noIndex: true }, cache: 'private' as const };
  if (!query.contribution || !query.token) {
    return {
      ...base,
      main: html`<section class="narrow"><h1>${t.cancelTitle}</h1><p class="notice">${t.cancelMissing}</p>
<p><a href="${context.href('/login')}">${t.cancelSignedInHint}</a></p></section>`,
    };
  }
  let gift: DonationStatus | null = null;
  try {
    gift = await donationStatus(context, query.contribution);
  } catch (error) {
    if (!(error instanceof ApiError && error.status < 500)) throw error;
  }
  const lead = gift?.recurring ? format(t.cancelLead, { amount: formatMoney(gift.amountCents, locale) }) : t.cancelLeadNoAmount;
  return {
    ...base,
    enhance: ['donate-cancel'],
    clientMessages: ['cancelDone', 'cancelAlready', 'cancelInvalidLink', 'cancelNotRecurring'],
    main: html`<section class="narrow cancel-gift">
<h1>${t.cancelTitle}</h1>
<p data-cancel-lead>${lead}</p>
<noscript><p class="notice">${t.noscriptForms}</p></noscript>
<form class="form" method="post" data-cancel-form>
${errorSummary(t.errorSummaryTitle)}
<input type="hidden" name="contribution" value="${query.contribution}">
<input type="hidden" name="token" value="${query.token}">
<p><button type="submit" class="button button--primary">${t.cancelButton}</button></p>
</form>
<div class="notice notice--ok" role="status" aria-live="polite" data-cancel-outcome hidden></div>
<p class="hint"><a href="${context.href('/login')}">${t.cancelSignedInHint}</a></p>
</section>`,
  };
}
