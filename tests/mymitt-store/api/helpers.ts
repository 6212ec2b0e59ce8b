import { randomUUID } from 'crypto';
import type { TestApp } from '../../helpers/strapi';
import { aDonationBody } from '../../helpers/donation-bodies';

/** What the store's API tests share: a published catalog written through the document service, and checkout bodies. */

export const STORE = '/api/mymitt-store';
export const PRODUCT = 'plugin::mymitt-store.product';
export const VARIANT = 'plugin::mymitt-store.variant';
export const ORDER = 'plugin::mymitt-store.order';
export const RESERVATION = 'plugin::mymitt-store.stock-reservation';

export interface VariantSpec {
  sku?: string;
  size?: string;
  color?: string;
  priceCents: number;
  stock: number;
}

/**
 * A product as staff leave it: English published (Spanish too when `es` is given) with its variants.
 * `fields` override the product's (category, limitedEdition, perPersonMax...).
 */
export async function aProduct(
  app: TestApp,
  variants: VariantSpec[],
  fields: Record<string, unknown> = {},
  options: { publish?: boolean; es?: { name: string; description?: string } } = {}
) {
  const tag = randomUUID().slice(0, 8);
  const documents = app.strapi.documents(PRODUCT as any);
  const data = { name: `Campaign shirt ${tag}`, slug: `shirt-${tag}`, description: 'Soft cotton.', category: 'apparel', ...fields };
  const status = options.publish === false ? undefined : ('published' as const);
  const created = await documents.create({ data: data as any, locale: 'en', ...(status && { status }) });
  if (options.es) {
    await documents.update({ documentId: created.documentId, locale: 'es', data: { ...data, ...options.es } as any, ...(status && { status }) });
  }
  const made: any[] = [];
  for (const [i, spec] of variants.entries()) {
    made.push(
      await app.strapi.documents(VARIANT as any).create({
        data: { product: created.documentId, sku: spec.sku ?? `SKU-${tag}-${i}`, size: spec.size ?? null, color: spec.color ?? null, priceCents: spec.priceCents, stock: spec.stock } as any,
      })
    );
  }
  return { documentId: created.documentId as string, slug: data.slug as string, name: data.name as string, variants: made };
}

export const stockOf = async (app: TestApp, sku: string) =>
  Number((await app.strapi.db.query(VARIANT).findOne({ where: { sku } })).stock);

/** A shipping address in New Hampshire. */
export const SHIPPING = { name: 'Ann Romney', street: '1 Main St', city: 'Concord', state: 'NH', zip: '03301' };

/** A lawful POST /checkout body for a person of its own (fresh donor, FEC-03), buying `lines`. */
export function aCheckout(lines: Array<{ sku: string; qty: number }>, donor: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const { amountCents: _amount, ...fields } = aDonationBody(donor);
  return { lines, shipping: SHIPPING, donor: fields, ...extra };
}

export function checkout(app: TestApp, body: unknown, jwt?: string) {
  const req = app.http().post(`${STORE}/checkout`);
  if (jwt) req.set('Authorization', `Bearer ${jwt}`);
  return req.send({ data: body });
}

export const CONTRIBUTION = 'plugin::mymitt-fundraising.contribution';
export const LEDGER = 'plugin::mymitt-fundraising.ledger-entry';

/** The fundraising contribution an order is paid through. */
export const contributionOf = (app: TestApp, documentId: string) => app.strapi.db.query(CONTRIBUTION).findOne({ where: { documentId } });

export const orderRow = (app: TestApp, documentId: string) => app.strapi.db.query(ORDER).findOne({ where: { documentId } });
