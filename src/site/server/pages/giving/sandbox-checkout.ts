import { format } from '../../../messages';
import { ApiError } from '../../api-client';
import { formatMoney } from '../../format';
import { html } from '../../html';
import { notFoundPage } from '../not-found';
import type { PageContext, RenderedPage } from '../../types';
import { donationStatus, enc, FUNDRAISING_API, statusKind } from './data';

const SESSION_ID = /^cs_sandbox_[a-f0-9]{32}$/;
const ORDER_ID = /^[a-z0-9]{10,40}$/;

/**
 * `/donate/sandbox/:sessionId?contribution=` — the site's face of the offline checkout that stands in for
 * Stripe while no Stripe key is configured (never in production: the plugin's sandbox routes are 404
 * there, and so is this page). "Pay (test)" and "Decline" call the plugin's sandbox routes, then go where
 * Stripe would send the donor: the thanks page, or back to the form. Without JavaScript the buttons post
 * to the plugin's own sandbox page.
 */
export async function sandboxCheckoutPage(context: PageContext): Promise<RenderedPage> {
  const { t, locale, params, query } = context;
  const sessionId = params.sessionId;
  if (!SESSION_ID.test(sessionId) || !query.contribution) return { ...notFoundPage(context), cache: 'private' };
  const checkout = `${FUNDRAISING_API}/sandbox/checkout/${enc(sessionId)}`;
  try {
    // The plugin's own page (HTML): answers 404 for an unknown session, or when the sandbox is off.
    await context.api.get(checkout);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { ...notFoundPage(context), cache: 'private' };
    throw error;
  }
  const gift = await donationStatus(context, query.contribution);
  const amount = formatMoney(gift.amountCents, locale);
  const open = statusKind(gift.status) === 'pending';
  // A store order (`?order=`) goes where its Stripe session would: the order's page, or back to the cart.
  const order = ORDER_ID.test(query.order ?? '') ? query.order : null;
  const thanks = context.href(order ? `/shop/orders/${enc(order)}` : `/donate/thanks?contribution=${enc(gift.documentId)}`);
  const back = context.href(order ? '/shop/cart' : `/donate?${gift.page ? `page=${enc(gift.page.slug)}&` : ''}cancelled=${enc(gift.documentId)}`);

  return {
    head: { title: t.sandboxTitle, noIndex: true },
    cache: 'private',
    enhance: ['sandbox-checkout'],
    clientMessages: ['sandboxFinished', 'sandboxFailed'],
    clientData: { sandbox: { thanks, back } },
    main: html`<section class="narrow sandbox-checkout">
<h1>${t.sandboxTitle}</h1>
<p class="notice">${t.sandboxLead}</p>
<p class="sandbox-checkout__amount">${format(gift.recurring ? t.sandboxMonthlyGift : t.sandboxGift, { amount })}</p>
${
  open
    ? html`<div class="actions">
<form method="post" action="/api${checkout}/complete" data-sandbox-action="complete"><button type="submit" class="button button--primary">${t.sandboxPay}</button></form>
<form method="post" action="/api${checkout}/decline" data-sandbox-action="decline"><button type="submit" class="button button--secondary">${t.sandboxDecline}</button></form>
</div>`
    : html`<p>${t.sandboxFinished} <a href="${thanks}">${t.statusLabel}</a></p>`
}
<p class="field__error" role="alert" data-sandbox-error></p>
</section>`,
  };
}
