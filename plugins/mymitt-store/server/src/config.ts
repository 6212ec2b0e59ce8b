import { z } from '@strapi/utils';

const rateLimit = z
  .object({ enabled: z.boolean(), max: z.number().int().positive(), windowSeconds: z.number().int().positive() })
  .strict();

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
    /** Per-IP limit of POST /checkout (SEC-04: card testing runs through any payment form). */
    checkoutRateLimit: rateLimit,
  })
  .strict();

export type StoreConfig = z.infer<typeof configSchema>;

export const defaultConfig: StoreConfig = {
  currency: 'usd',
  cartHoldMinutes: 30,
  shippingFlatCents: 500,
  lowStockThreshold: 5,
  // As the donate route's: a family sharing one address may order a few times; a card-testing bot may not.
  checkoutRateLimit: { enabled: true, max: 20, windowSeconds: 600 },
};

export function publicSettings(config: StoreConfig) {
  return { currency: config.currency, shippingFlatCents: config.shippingFlatCents, cartHoldMinutes: config.cartHoldMinutes };
}

type Env = ((key: string, fallback?: string) => string | undefined) & Record<string, any>;

export default {
  default: ({ env }: { env: Env }): StoreConfig => ({
    ...defaultConfig,
    checkoutRateLimit: {
      enabled: env.bool('STORE_CHECKOUT_RATE_LIMIT', true),
      max: env.int('STORE_CHECKOUT_RATE_LIMIT_MAX', defaultConfig.checkoutRateLimit.max),
      windowSeconds: env.int('STORE_CHECKOUT_RATE_LIMIT_WINDOW_SECONDS', defaultConfig.checkoutRateLimit.windowSeconds),
    },
  }),
  validator(config: unknown) {
    configSchema.parse(config);
  },
};
