import Stripe from 'stripe';
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../plugin-id';
import type { FundraisingConfig } from '../../config';

const clients = new WeakMap<object, { key: string; client: Stripe }>();

/** The SDK's connection options for a configured API base (a local stand-in in tests and offline use). */
export function stripeConnection(apiBase: string): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!apiBase) return {};
  const url = new URL(apiBase);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: Number(url.port || (protocol === 'http' ? 80 : 443)), protocol };
}

/**
 * One Stripe client per app and configuration. Verification of webhooks needs no API key; API calls
 * without a key fail at Stripe (the sandbox gateway is used instead, see services/checkout).
 */
export function stripeClient(strapi: Core.Strapi): Stripe {
  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as FundraisingConfig;
  const key = `${config.stripeSecretKey}|${config.stripeApiBase}`;
  const cached = clients.get(strapi);
  if (cached?.key === key) return cached.client;
  const client = new Stripe(config.stripeSecretKey || 'sk_unset', {
    ...stripeConnection(config.stripeApiBase),
    telemetry: false,
    // Every create call carries our idempotency key (STR-04), so the SDK may safely retry network errors.
    maxNetworkRetries: 2,
  });
  clients.set(strapi, { key, client });
  return client;
}
