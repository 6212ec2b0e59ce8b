import type { Core } from '@strapi/strapi';
import { stripeClient } from '../stripe/stripe-client';
import { PLUGIN_ID } from '../../plugin-id';
import type { FundraisingConfig } from '../../config';
import { CHECKOUT_TTL_MINUTES } from './contribution-check';

export interface CheckoutLineItem {
  name: string;
  unitAmountCents: number;
  quantity: number;
}

/** What one hosted checkout needs; card data never reaches us (STR-05). */
export interface CheckoutRequest {
  contributionId: number;
  /** From our own record (STR-04): a retried create returns the same session. */
  idempotencyKey: string;
  mode: 'payment' | 'subscription';
  lineItems: CheckoutLineItem[];
  customerEmail: string;
  successUrl: string;
  cancelUrl: string;
  now: Date;
}

export interface CheckoutSession {
  id: string;
  url: string;
}

export type GatewayName = 'stripe' | 'sandbox';

/** The sandbox stands in when no Stripe key is configured, outside production only (see sandbox.ts). */
export function gatewayName(strapi: Core.Strapi): GatewayName | null {
  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as FundraisingConfig;
  if (config.stripeSecretKey) return 'stripe';
  return process.env.NODE_ENV === 'production' ? null : 'sandbox';
}

/**
 * Creates a Stripe Checkout Session. The contribution id rides on the session, its payment intent and
 * its subscription (the webhook finds the contribution by it whichever event comes first).
 */
export async function createStripeSession(strapi: Core.Strapi, request: CheckoutRequest): Promise<CheckoutSession> {
  const metadata = { contributionId: String(request.contributionId) };
  const recurring = request.mode === 'subscription';
  const session = await stripeClient(strapi).checkout.sessions.create(
    {
      mode: request.mode,
      line_items: request.lineItems.map((item) => ({
        quantity: item.quantity,
        price_data: {
          currency: 'usd',
          unit_amount: item.unitAmountCents,
          product_data: { name: item.name },
          ...(recurring && { recurring: { interval: 'month' as const } }),
        },
      })),
      customer_email: request.customerEmail,
      client_reference_id: String(request.contributionId),
      metadata,
      ...(recurring ? { subscription_data: { metadata } } : { payment_intent_data: { metadata } }),
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
      expires_at: Math.floor(request.now.getTime() / 1000) + CHECKOUT_TTL_MINUTES * 60,
    },
    { idempotencyKey: request.idempotencyKey }
  );
  if (!session.url) throw new Error(`Stripe returned Checkout Session ${session.id} without a URL`);
  return { id: session.id, url: session.url };
}
