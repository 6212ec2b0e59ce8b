import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../plugin-id';
import type { StoreConfig } from '../../config';
import type { CheckoutBody } from '../../validators/checkout';
import { TABLES, UIDS, type OrderRecord } from '../tables';
import { DEFAULT_LOCALE } from '../catalog/catalog-queries';
import { checkPerPersonLimits, priceCart, soldOut, type PricedLine } from './cart';
import { releaseReservations, takeStock } from './stock';
import { newGuestToken } from './guest-token';
import { fundraisingPayments } from './fundraising';

/** purposeRef of store orders in the fundraising ledger: `store:<order documentId>`. */
export const PAYMENT_HANDLER = 'store';

export interface CheckoutInput {
  body: CheckoutBody;
  userId: number | null;
  origin: string;
  now?: Date;
}

/** Who counts as one buyer for per-person limits: the account, else the contributor's email. */
const buyerKeyOf = (userId: number | null, email: string) => (userId ? `user:${userId}` : `email:${email.toLowerCase()}`);

/**
 * POST /checkout. In one transaction: per-person limits, the order and its lines, and each line's
 * units taken from stock (409 when they are gone, nothing kept). Then the fundraising payments service
 * checks the contribution of the full amount (items + shipping, FEC-11) and opens the hosted checkout;
 * if it refuses (422 over the limit) or fails, the order is cancelled and its units go back.
 */
export async function startOrderCheckout(strapi: Core.Strapi, input: CheckoutInput) {
  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as StoreConfig;
  const payments = fundraisingPayments(strapi);
  const { body, userId } = input;
  const now = input.now ?? new Date();
  const donor = payments.parseDonor(body.donor);
  const locale = body.locale ?? DEFAULT_LOCALE;
  const lines = await priceCart(strapi, body.lines, locale);
  const itemsCents = lines.reduce((sum, line) => sum + line.unitPriceCents * line.qty, 0);
  const shippingCents = config.shippingFlatCents;
  const totalCents = itemsCents + shippingCents;
  const buyerKey = buyerKeyOf(userId, donor.email);
  const guest = userId ? null : newGuestToken();
  const expiresAt = new Date(now.getTime() + config.cartHoldMinutes * 60_000);

  const order = (await strapi.db.transaction(async ({ trx }) => {
    await checkPerPersonLimits(strapi, trx, buyerKey, lines);
    const created = (await strapi.db.query(UIDS.order).create({
      data: {
        status: 'pending',
        userId,
        buyerKey,
        email: donor.email,
        guestTokenHash: guest?.hash ?? null,
        shipName: body.shipping.name,
        shipStreet: body.shipping.street,
        shipStreet2: body.shipping.street2 ?? null,
        shipCity: body.shipping.city,
        shipState: body.shipping.state,
        shipZip: body.shipping.zip,
        itemsCents,
        shippingCents,
        totalCents,
        refundedCents: 0,
        locale,
        expiresAt,
      },
    })) as OrderRecord;
    for (const line of lines) {
      if (!(await takeStock(trx, line.variantId, line.qty))) throw await soldOut(trx, line);
      await strapi.db.query(UIDS.orderLine).create({ data: lineData(created.id, line) });
      await strapi.db.query(UIDS.reservation).create({
        data: { orderId: created.id, variantId: line.variantId, qty: line.qty, status: 'held', expiresAt },
      });
    }
    return created;
  })) as OrderRecord;
  strapi.plugin(PLUGIN_ID).service('catalog').forget();

  let started;
  try {
    started = await payments.startCheckout({
      purpose: 'order',
      purposeRef: `${PAYMENT_HANDLER}:${order.documentId}`,
      donor,
      amountCents: totalCents,
      userId,
      // The buyer's receipt is written in the language they shopped in (when the request said).
      locale: body.locale,
      lineItems: [
        ...lines.map((line) => ({ name: line.name, unitAmountCents: line.unitPriceCents, quantity: line.qty })),
        ...(shippingCents ? [{ name: locale === 'es' ? 'Envío' : 'Shipping', unitAmountCents: shippingCents, quantity: 1 }] : []),
      ],
      successPath: `${locale === 'es' ? '/es' : ''}/shop/orders/${order.documentId}`,
      cancelPath: `${locale === 'es' ? '/es' : ''}/shop/cart`,
      origin: input.origin,
      now,
    });
  } catch (error) {
    await cancelUnpaid(strapi, order.id, now);
    throw error;
  }
  await strapi.db
    .connection(TABLES.orders)
    .where('id', order.id)
    .update({ contribution_id: started.contributionId, contribution_document_id: started.contributionDocumentId });
  return { order: { ...order, contributionDocumentId: started.contributionDocumentId }, lines, checkoutUrl: started.checkoutUrl, guestToken: guest?.token ?? null };
}

const lineData = (orderId: number, line: PricedLine) => ({
  orderId,
  variantId: line.variantId,
  productDocumentId: line.productDocumentId,
  sku: line.sku,
  name: line.name.slice(0, 200),
  qty: line.qty,
  unitPriceCents: line.unitPriceCents,
  refundedCents: 0,
});

/** A checkout the payments service refused or could not open: the order is cancelled, its units return. */
async function cancelUnpaid(strapi: Core.Strapi, orderId: number, now: Date) {
  await strapi.db.transaction(async ({ trx }) => {
    const claimed = await trx(TABLES.orders).where({ id: orderId, status: 'pending' }).update({ status: 'cancelled', cancelled_at: now });
    if (Number(claimed) === 1) await releaseReservations(trx, orderId);
  });
  strapi.plugin(PLUGIN_ID).service('catalog').forget();
}
