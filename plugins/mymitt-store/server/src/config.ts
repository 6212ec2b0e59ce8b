import { z } from '@strapi/utils';

const configSchema = z
  .object({
    /** Store prices are in US dollars: every purchase is also a contribution (FEC-11). */
    currency: z.literal('usd'),
    /** Minutes a cart holds reserved stock before it is released. */
    cartHoldMinutes: z.number().int().min(1).max(240),
    /**
     * Shipping: one flat charge per order, in cents, whatever it holds. It is part of the contribution
     * (FEC-11: the full amount paid), so the limit check counts items + shipping.
     */
    shippingFlatCents: z.number().int().min(0).max(10_000),
    /** A variant at or below this many units is on the admin's low-stock list. */
    lowStockThreshold: z.number().int().min(0).max(10_000),
  })
  .strict();

export type StoreConfig = z.infer<typeof configSchema>;

export const defaultConfig: StoreConfig = { currency: 'usd', cartHoldMinutes: 30, shippingFlatCents: 500, lowStockThreshold: 5 };

export function publicSettings(config: StoreConfig) {
  return { currency: config.currency, shippingFlatCents: config.shippingFlatCents, cartHoldMinutes: config.cartHoldMinutes };
}

export default {
  default: defaultConfig,
  validator(config: unknown) {
    configSchema.parse(config);
  },
};
