import type { OrderLineRecord, OrderRecord } from '../tables';

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

/** An order as its buyer sees it (GET /orders/mine, /orders/:documentId, POST /checkout): no database ids. */
export function buyerOrder(order: OrderRecord, lines: OrderLineRecord[]) {
  return {
    documentId: order.documentId,
    status: order.status,
    itemsCents: Number(order.itemsCents),
    shippingCents: Number(order.shippingCents),
    totalCents: Number(order.totalCents),
    refundedCents: Number(order.refundedCents ?? 0),
    contributionDocumentId: order.contributionDocumentId ?? null,
    shipping: {
      name: order.shipName,
      street: order.shipStreet,
      street2: order.shipStreet2 ?? null,
      city: order.shipCity,
      state: order.shipState,
      zip: order.shipZip,
    },
    carrier: order.carrier ?? null,
    trackingNumber: order.trackingNumber ?? null,
    createdAt: iso(order.createdAt)!,
    expiresAt: order.status === 'pending' ? iso(order.expiresAt) : null,
    paidAt: iso(order.paidAt),
    shippedAt: iso(order.shippedAt),
    lines: lines.map((line) => ({
      documentId: line.documentId,
      sku: line.sku,
      name: line.name,
      qty: Number(line.qty),
      unitPriceCents: Number(line.unitPriceCents),
      refundedCents: Number(line.refundedCents ?? 0),
    })),
  };
}

/** What staff see: the buyer's order plus who bought it and the stock and payment links. */
export function staffOrder(order: OrderRecord, lines: OrderLineRecord[]) {
  return {
    ...buyerOrder(order, lines),
    email: order.email,
    guest: !order.userId,
    fulfilledAt: iso(order.fulfilledAt),
    cancelledAt: iso(order.cancelledAt),
    stockShortfall: Boolean(order.stockShortfall),
    lines: lines.map((line) => ({
      documentId: line.documentId,
      productDocumentId: line.productDocumentId,
      sku: line.sku,
      name: line.name,
      qty: Number(line.qty),
      unitPriceCents: Number(line.unitPriceCents),
      refundedCents: Number(line.refundedCents ?? 0),
    })),
  };
}
