import { z } from '@strapi/utils';
import { isUsStateCode } from '@mymitt/plugin-kit';

/** The most units of one variant and the most lines one order takes (the limit check decides the money). */
export const MAX_QTY = 20;
export const MAX_LINES = 20;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is at most ${max} characters.`);

const cartLine = z
  .object({
    sku: z.string().trim().min(1).max(64).optional(),
    variantDocumentId: z.string().trim().min(1).max(64).optional(),
    qty: z
      .number({ error: 'qty is a whole number of units.' })
      .int('qty is a whole number of units.')
      .min(1, 'qty is at least 1.')
      .max(MAX_QTY, `At most ${MAX_QTY} of one item per order.`),
  })
  .strict()
  .refine((line) => Boolean(line.sku) !== Boolean(line.variantDocumentId), 'Name each item by sku or by variantDocumentId (one of them).');

/** Orders ship within the US only. */
export const shippingAddress = z
  .object({
    name: text('Name', 120),
    street: text('Street address', 200),
    street2: z.string().trim().max(200).optional(),
    city: text('City', 80),
    state: z
      .string({ error: 'State is required.' })
      .trim()
      .toUpperCase()
      .refine(isUsStateCode, 'State must be a US postal code, e.g. NH.'),
    zip: z.string({ error: 'ZIP is required.' }).trim().regex(/^\d{5}(-\d{4})?$/, 'ZIP must be 5 digits or ZIP+4 (12345-6789).'),
  })
  .strict();

/**
 * POST /checkout: the cart, where it ships, and the contribution's donor data and affirmations (FEC-11:
 * the purchase is a contribution). `donor` is validated by the fundraising plugin's payments service,
 * exactly as the donate route validates it.
 */
export const checkoutBody = z
  .object({
    lines: z
      .array(cartLine, { error: 'lines lists the items to buy.' })
      .min(1, 'The cart is empty.')
      .max(MAX_LINES, `At most ${MAX_LINES} different items per order.`)
      .refine((lines) => new Set(lines.map((l) => l.sku ?? `#${l.variantDocumentId}`)).size === lines.length, 'Each item appears once; set its qty.'),
    shipping: shippingAddress,
    donor: z.record(z.string(), z.unknown(), { error: 'donor holds the contributor’s details and affirmations.' }),
    locale: z.enum(['en', 'es']).optional(),
  })
  .strict();

export type CheckoutBody = z.infer<typeof checkoutBody>;
export type CartLine = CheckoutBody['lines'][number];
export type ShippingAddress = CheckoutBody['shipping'];
