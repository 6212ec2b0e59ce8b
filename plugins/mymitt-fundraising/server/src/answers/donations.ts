import { instant } from '@mymitt/plugin-kit';
import { z } from '@strapi/utils';

const status = z.enum(['pending', 'succeeded', 'failed', 'refunded', 'partially_refunded', 'disputed']);

/** POST /donations (201): the pending contribution and where to pay. */
export const startedDonation = z.object({
  documentId: z.string(),
  status: z.literal('pending'),
  amountCents: z.number().int(),
  electionDocumentId: z.string().nullable(),
  parts: z.array(z.object({ electionDocumentId: z.string().nullable(), amountCents: z.number().int() })).nullable(),
  recurring: z.boolean(),
  checkoutUrl: z.string(),
});

/** GET /donations/mine: one gift or order. */
export const myContribution = z.object({
  documentId: z.string(),
  purpose: z.enum(['donation', 'order']),
  status,
  amountCents: z.number().int(),
  electionDocumentId: z.string().nullable(),
  recurring: z.boolean(),
  recurringCancelledAt: instant.nullable(),
  page: z.object({ slug: z.string(), title: z.string() }).nullable(),
  createdAt: instant,
});

/** GET /donations/:documentId/status: what the thanks page shows while the payment lands (no donor identity). */
export const donationStatus = z.object({
  documentId: z.string(),
  status: status.meta({ description: 'pending until the payment webhook lands, then succeeded (or failed, if declined or abandoned).' }),
  amountCents: z.number().int(),
  recurring: z.boolean(),
  page: z.object({ slug: z.string(), title: z.string() }).nullable(),
  createdAt: instant,
});

/** POST /donations/:documentId/cancel-recurring[-by-link] (202). */
export const cancellation = z.object({ documentId: z.string(), cancelling: z.boolean(), alreadyCancelled: z.boolean() });

/** POST /sandbox/checkout/:sessionId/complete|decline with Accept: application/json. */
export const sandboxOutcome = z.object({
  documentId: z.string(),
  outcome: z.enum(['complete', 'decline']),
  status: status.optional(),
  webhookStatuses: z.array(z.number().int()),
});

/** POST /stripe/webhook: Stripe's event as sent (documented loosely: Stripe's own reference describes it). */
export const stripeEvent = z.object({ id: z.string(), type: z.string(), data: z.object({}).passthrough() }).passthrough();
