import { z } from '@strapi/utils';

const configSchema = z
  .object({
    /** Store prices are in US dollars: every purchase is also a contribution (FEC-11). */
    currency: z.literal('usd'),
    /** Minutes a cart holds reserved stock before it is released. */
    cartHoldMinutes: z.number().int().min(1).max(240),
  })
  .strict();

export type StoreConfig = z.infer<typeof configSchema>;

export const defaultConfig: StoreConfig = { currency: 'usd', cartHoldMinutes: 30 };

export function publicSettings(config: StoreConfig) {
  return { currency: config.currency };
}

export default {
  default: defaultConfig,
  validator(config: unknown) {
    configSchema.parse(config);
  },
};
