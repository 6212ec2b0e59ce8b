import { z } from '@strapi/utils';

const configSchema = z
  .object({
    /** ISO currency of every amount; federal campaigns raise US dollars only. */
    currency: z.literal('usd'),
    /** Preset amounts offered on donation forms, in cents. */
    presetAmountsCents: z.array(z.number().int().positive()).min(1).max(8),
    /** Stripe API key (env STRIPE_SECRET_KEY); empty in development and tests. */
    stripeSecretKey: z.string(),
    /** Signing secret of the webhook endpoint (env STRIPE_WEBHOOK_SECRET); webhooks are refused while empty. */
    stripeWebhookSecret: z.string(),
    /**
     * Where the Stripe SDK sends API calls (env STRIPE_API_BASE, e.g. http://127.0.0.1:12111); empty =
     * api.stripe.com. Tests and offline development point it at a local Stripe stand-in.
     */
    stripeApiBase: z.union([z.literal(''), z.url()]),
  })
  .strict();

export type FundraisingConfig = z.infer<typeof configSchema>;

export const defaultConfig: FundraisingConfig = {
  currency: 'usd',
  presetAmountsCents: [1000, 2500, 5000, 10000, 25000],
  stripeSecretKey: '',
  stripeWebhookSecret: '',
  stripeApiBase: '',
};

export function publicSettings(config: FundraisingConfig) {
  return { currency: config.currency, presetAmountsCents: config.presetAmountsCents };
}

type Env = ((key: string, fallback?: string) => string | undefined) & Record<string, any>;

export default {
  /** Secrets come from the environment unless config/plugins.ts sets them. */
  default: ({ env }: { env: Env }): FundraisingConfig => ({
    ...defaultConfig,
    stripeSecretKey: env('STRIPE_SECRET_KEY', '') ?? '',
    stripeWebhookSecret: env('STRIPE_WEBHOOK_SECRET', '') ?? '',
    stripeApiBase: env('STRIPE_API_BASE', '') ?? '',
  }),
  validator(config: unknown) {
    configSchema.parse(config);
  },
};
