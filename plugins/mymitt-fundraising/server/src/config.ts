import { z } from '@strapi/utils';

const rateLimit = z
  .object({ enabled: z.boolean(), max: z.number().int().positive(), windowSeconds: z.number().int().positive() })
  .strict();

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
    /**
     * The supporter-facing site (env SITE_URL): Checkout returns donors to <siteUrl>/donate/thanks or
     * /donate. Empty = the API's own origin. Never taken from the request body (no open redirect).
     */
    siteUrl: z.union([z.literal(''), z.url()]),
    /** Per-IP limit of the donate route (SEC-04). */
    donateRateLimit: rateLimit,
    /** Per-IP limit of a gift's status, which the thanks page polls (SEC-04; generous: many donors share an address). */
    statusRateLimit: rateLimit,
  })
  .strict();

export type FundraisingConfig = z.infer<typeof configSchema>;

export const defaultConfig: FundraisingConfig = {
  currency: 'usd',
  presetAmountsCents: [1000, 2500, 5000, 10000, 25000],
  stripeSecretKey: '',
  stripeWebhookSecret: '',
  stripeApiBase: '',
  siteUrl: '',
  // A family sharing one address may give a few times; a card-testing bot may not.
  donateRateLimit: { enabled: true, max: 20, windowSeconds: 600 },
  // A thanks page polls about once a second for up to a minute; a rally's donors may share one address.
  statusRateLimit: { enabled: true, max: 600, windowSeconds: 60 },
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
    siteUrl: env('SITE_URL', '') ?? '',
    donateRateLimit: {
      enabled: env.bool('DONATE_RATE_LIMIT', true),
      max: env.int('DONATE_RATE_LIMIT_MAX', defaultConfig.donateRateLimit.max),
      windowSeconds: env.int('DONATE_RATE_LIMIT_WINDOW_SECONDS', defaultConfig.donateRateLimit.windowSeconds),
    },
    statusRateLimit: {
      enabled: env.bool('DONATION_STATUS_RATE_LIMIT', true),
      max: env.int('DONATION_STATUS_RATE_LIMIT_MAX', defaultConfig.statusRateLimit.max),
      windowSeconds: env.int('DONATION_STATUS_RATE_LIMIT_WINDOW_SECONDS', defaultConfig.statusRateLimit.windowSeconds),
    },
  }),
  validator(config: unknown) {
    configSchema.parse(config);
  },
};
