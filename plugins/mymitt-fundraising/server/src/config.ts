import { z } from '@strapi/utils';

const configSchema = z
  .object({
    /** ISO currency of every amount; federal campaigns raise US dollars only. */
    currency: z.literal('usd'),
    /** Preset amounts offered on donation forms, in cents. */
    presetAmountsCents: z.array(z.number().int().positive()).min(1).max(8),
  })
  .strict();

export type FundraisingConfig = z.infer<typeof configSchema>;

export const defaultConfig: FundraisingConfig = {
  currency: 'usd',
  presetAmountsCents: [1000, 2500, 5000, 10000, 25000],
};

export function publicSettings(config: FundraisingConfig) {
  return { currency: config.currency, presetAmountsCents: config.presetAmountsCents };
}

export default {
  default: defaultConfig,
  validator(config: unknown) {
    configSchema.parse(config);
  },
};
