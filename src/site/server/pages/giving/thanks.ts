import { format } from '../../../messages';
import { ApiError } from '../../api-client';
import { formatMoney } from '../../format';
import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';
import { donationStatus, enc, statusKind, type DonationStatus } from './data';
import { shareLinks } from './fundraising-page';

/** The sentence for a gift's state (also worded by the browser as the status changes). */
export function thanksSentence(context: Pick<PageContext, 't' | 'locale'>, gift: DonationStatus) {
  const { t, locale } = context;
  const amount = formatMoney(gift.amountCents, locale);
  switch (statusKind(gift.status)) {
    case 'confirmed':
      return format(gift.recurring ? t.thanksConfirmedMonthly : t.thanksConfirmed, { amount });
    case 'failed':
      return t.thanksFailed;
    case 'refunded':
      return format(t.thanksRefunded, { amount });
    default:
      return format(gift.recurring ? t.thanksPendingMonthly : t.thanksPending, { amount });
  }
}

const STATUS_LABEL = { pending: 'statusPending', confirmed: 'statusConfirmed', failed: 'statusFailed', refunded: 'statusRefunded' } as const;

/**
 * `/donate/thanks?contribution=<documentId>` — where Checkout returns the donor. One donor's page: never
 * cached. It shows the gift as the API has it now; while it is pending (the payment webhook has not landed
 * yet) the `donate-thanks` enhancer polls GET /donations/:documentId/status and rewords it in place.
 */
export async function thanksPage(context: PageContext): Promise<RenderedPage> {
  const { t, query } = context;
  const base = { head: { title: t.thanksTitle, noIndex: true }, cache: 'private' as const };
  let gift: DonationStatus | null = null;
  if (query.contribution) {
    try {
      gift = await donationStatus(context, query.contribution);
    } catch (error) {
      if (!(error instanceof ApiError && (error.status === 404 || error.status === 400))) throw error;
    }
  }
  if (!gift) {
    return {
      ...base,
      status: query.contribution ? 404 : 200,
      main: html`<section class="narrow"><h1>${t.thanksTitle}</h1>
<p>${query.contribution ? t.thanksNotFound : t.thanksMissing}</p>
<p><a class="button button--primary" href="${context.href('/donate')}">${t.giveNow}</a></p></section>`,
    };
  }

  const kind = statusKind(gift.status);
  const pageLink = gift.page ? context.href(`/fundraise/${gift.page.slug}`) : null;
  const again = context.href(gift.page ? `/donate?page=${enc(gift.page.slug)}` : '/donate');
  return {
    ...base,
    enhance: ['donate-thanks'],
    clientMessages: [
      'thanksConfirmed',
      'thanksConfirmedMonthly',
      'thanksFailed',
      'thanksFailedTitle',
      'thanksRefunded',
      'thanksSlow',
      'statusConfirmed',
      'statusFailed',
      'statusRefunded',
    ],
    clientData: { donation: { documentId: gift.documentId, amountCents: gift.amountCents, recurring: gift.recurring } },
    main: html`<section class="narrow thanks" data-thanks data-status="${kind}">
<h1 data-thanks-title>${kind === 'failed' ? t.thanksFailedTitle : t.thanksTitle}</h1>
<div class="notice${kind === 'confirmed' ? ' notice--ok' : ''}" aria-live="polite" role="status" data-thanks-region>
<p><span class="status-pill" data-thanks-status>${t[STATUS_LABEL[kind]]}</span></p>
<p data-thanks-text>${thanksSentence(context, gift)}</p>
</div>
${
  gift.page && pageLink
    ? html`<p><a class="button button--secondary" href="${pageLink}">${format(t.thanksBackToPage, { title: gift.page.title })}</a></p>
<p>${t.thanksShare}</p>
${shareLinks(context, `${context.origin}${pageLink}`, gift.page.title, gift.page.title)}`
    : ''
}
<p><a href="${again}">${t.thanksGiveAgain}</a></p>
</section>`,
  };
}
