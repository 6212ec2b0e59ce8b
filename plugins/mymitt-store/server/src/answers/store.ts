import { z } from '@strapi/utils';
import { instant } from '@mymitt/plugin-kit';

/** Answer schemas for the OpenAPI document (routes' `docs.data`): what the handlers return, field by field. */

export const documentIdParam = { documentId: z.string() };
export const slugParam = { slug: z.string() };

const image = z.object({ url: z.string(), alternativeText: z.string().nullable(), width: z.number().int().nullable(), height: z.number().int().nullable() });

const publicVariant = z.object({
  documentId: z.string(),
  sku: z.string(),
  size: z.string().nullable(),
  color: z.string().nullable(),
  priceCents: z.number().int(),
  inStock: z.boolean(),
  lowStock: z.boolean().meta({ description: 'A few units left (the count stays private).' }),
});

/** GET /products items and GET /products/:slug */
export const publicProduct = z.object({
  documentId: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.string(),
  locale: z.enum(['en', 'es']),
  limitedEdition: z.boolean(),
  perPersonMax: z.number().int().nullable(),
  images: z.array(image),
  priceFromCents: z.number().int().nullable(),
  inStock: z.boolean(),
  variants: z.array(publicVariant),
});
export const productMeta = { locale: z.enum(['en', 'es']), localeFallback: z.boolean() };

const line = z.object({
  documentId: z.string(),
  sku: z.string(),
  name: z.string(),
  qty: z.number().int(),
  unitPriceCents: z.number().int(),
  refundedCents: z.number().int(),
});

/** An order as its buyer sees it. */
export const buyerOrder = z.object({
  documentId: z.string(),
  status: z.enum(['pending', 'paid', 'fulfilled', 'shipped', 'cancelled', 'refunded', 'partially_refunded']),
  itemsCents: z.number().int(),
  shippingCents: z.number().int(),
  totalCents: z.number().int().meta({ description: 'Items + shipping: the contribution (FEC-11).' }),
  refundedCents: z.number().int(),
  contributionDocumentId: z.string().nullable(),
  shipping: z.object({
    name: z.string(),
    street: z.string(),
    street2: z.string().nullable(),
    city: z.string(),
    state: z.string(),
    zip: z.string(),
  }),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  createdAt: instant,
  expiresAt: instant.nullable().meta({ description: 'While pending: when the held units go back.' }),
  paidAt: instant.nullable(),
  shippedAt: instant.nullable(),
  lines: z.array(line),
});

/** POST /checkout (201) */
export const startedOrder = buyerOrder.extend({
  checkoutUrl: z.string(),
  orderToken: z.string().nullable().meta({ description: 'Guests only: the secret of the order link (`?token=`); shown once.' }),
});
