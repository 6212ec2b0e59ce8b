import { format } from '../../../messages';
import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';

const DOCUMENT_ID = /^[a-z0-9]{10,40}$/;

/** Status words the `shop-order` enhancer shows. */
const ORDER_MESSAGES = [
  'orderStatus.pending',
  'orderStatus.paid',
  'orderStatus.fulfilled',
  'orderStatus.shipped',
  'orderStatus.cancelled',
  'orderStatus.refunded',
  'orderStatus.partially_refunded',
  'shopItems',
  'shopShipping',
  'shopTotal',
  'shopTracking',
  'shopOrderLink',
  'shopOrderMissing',
] as const;

/**
 * `/shop/orders/:documentId`: one order's status for its buyer: signed in, or a guest with the order link's
 * `?token=` (kept by this browser at checkout). The order is one person's: read in the browser, never cached.
 */
export async function orderPage(context: PageContext): Promise<RenderedPage> {
  const { t, params } = context;
  const documentId = DOCUMENT_ID.test(params.documentId) ? params.documentId : '';
  return {
    head: { title: t.shopOrderTitle, noIndex: true },
    cache: 'private',
    main: html`<section class="narrow shop-order" data-order="${documentId}">
<h1>${t.shopOrderTitle}</h1>
<p class="muted">${format(t.shopOrderNumber, { id: documentId })}</p>
<div data-order-view aria-live="polite"><p>${t.shopOrderLoading}</p></div>
<noscript><p class="notice">${t.noscriptForms}</p></noscript>
<p><a href="${context.href('/shop')}">${t.shopContinue}</a></p>
</section>`,
    enhance: ['shop-order'],
    clientMessages: ORDER_MESSAGES,
  };
}
