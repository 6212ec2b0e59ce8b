import type { Core } from '@strapi/strapi';
import { deliverNoticeNow, onDomainEvent, recipientLocale, type NoticeDefinition } from '@mymitt/plugin-kit';
import { calendarDate, toInstant } from '../domain/calendar-date';
import { GIFT_KINDS } from '../domain/ledger-money';
import { formatUsd } from '../domain/money';
import { PLUGIN_ID } from '../plugin-id';
import { COMPLIANCE_TIME_ZONE } from '../services/compliance/compliance-config';
import { TABLES } from '../services/ledger/tables';
import { giftFacts } from './gift-facts';

export const REFUND_NOTICE = 'donation.refunded';
const LISTENER = `${PLUGIN_ID}.refund-notice`;
const EVENT = 'mymitt.donation.refunded';

/** One refund movement of the ledger (the `mymitt.donation.refunded` payload's ids and facts). */
export interface RefundNoticePayload {
  /** The refund's ledger key (`refund:re_…`, `offline-refund:<id>:<n>`). */
  sourceId: string;
  contributionId: number;
  /** Positive: how much went back. */
  amountCents: number;
  occurredAt: string;
}

/**
 * When the refunded gift was made: the payment the refund returns money of (same payment intent), else
 * the contribution's first gift row. Null when the ledger has no gift row for it.
 */
async function giftDateOf(strapi: Core.Strapi, payload: RefundNoticePayload): Promise<string | null> {
  const knex = strapi.db.connection;
  // A refund of a gift split over two elections is one row per election: `<key>#election:<id>`.
  const refund = await knex(TABLES.ledger)
    .where('contribution_id', payload.contributionId)
    .where((q) => q.where('stripe_object_key', payload.sourceId).orWhere('stripe_object_key', 'like', `${payload.sourceId}#%`))
    .first('payment_intent_id');
  const firstGift = async (paymentIntentId?: string) => {
    const query = knex(TABLES.ledger).where('contribution_id', payload.contributionId).whereIn('kind', GIFT_KINDS);
    if (paymentIntentId) query.where('payment_intent_id', paymentIntentId);
    return (await query.min({ at: 'occurred_at' }).first())?.at ?? null;
  };
  const at = (refund?.payment_intent_id ? await firstGift(refund.payment_intent_id) : null) ?? (await firstGift());
  return at === null || at === undefined ? null : calendarDate(toInstant(at), COMPLIANCE_TIME_ZONE);
}

/** The notice a donor gets for each refund of their gift: how much, of the gift made when, by whom. */
export const refundNotice: NoticeDefinition<RefundNoticePayload> = {
  key: REFUND_NOTICE,
  transactional: true,
  description:
    'Sent to the donor once for each refund of a gift (a card refund when Stripe confirms it, a check mailed back when staff record it).',
  placeholders: ['amount', 'giftDate', 'refundedOn'],
  defaults: {
    en: {
      subject: 'Your refund of {{amount}} from {{committeeName}}',
      body: [
        'Dear {{name}},',
        'We have refunded {{amount}} of the contribution you made to {{committeeName}}{{#giftDate}} on {{giftDate}}{{/giftDate}}. The refund was issued on {{refundedOn}}; a card refund may take a few business days to appear on your statement.',
        'If you have a question about this refund, reply to this email.',
      ].join('\n\n'),
    },
    es: {
      subject: 'Su reembolso de {{amount}} de {{committeeName}}',
      body: [
        'Estimado/a {{name}}:',
        'Le hemos reembolsado {{amount}} de la contribución que hizo a {{committeeName}}{{#giftDate}} el {{giftDate}}{{/giftDate}}. El reembolso se emitió el {{refundedOn}}; un reembolso a su tarjeta puede tardar unos días hábiles en aparecer en su estado de cuenta.',
        'Si tiene alguna pregunta sobre este reembolso, responda a este correo.',
      ].join('\n\n'),
    },
  },

  async load(strapi, payload) {
    const gift = await giftFacts(strapi, payload.contributionId);
    if (!gift?.email) return null;
    return {
      to: { email: gift.email, userId: gift.userId, locale: await recipientLocale(strapi, gift), firstName: gift.firstName },
      vars: {
        amount: formatUsd(payload.amountCents),
        giftDate: await giftDateOf(strapi, payload),
        refundedOn: calendarDate(new Date(payload.occurredAt), COMPLIANCE_TIME_ZONE),
      },
    };
  },
};

/**
 * Each refund movement the ledger records reaches the donor once: a durable listener (one outbox row per
 * movement, written with it; a replayed refund is no new movement) that sends the notice and throws on
 * failure, so the outbox retries it.
 */
export function listenForRefunds(strapi: Core.Strapi) {
  onDomainEvent(
    strapi,
    EVENT,
    async (event) => {
      const payload: RefundNoticePayload = {
        sourceId: event.sourceId,
        contributionId: event.contributionId,
        amountCents: event.amountCents,
        occurredAt: event.occurredAt,
      };
      // The outbox item's own key: a retry after a send the relay did take keeps its Message-ID.
      await deliverNoticeNow(strapi, REFUND_NOTICE, payload, `event:${EVENT}:${LISTENER}:${event.sourceId}`);
    },
    { durable: LISTENER }
  );
}
