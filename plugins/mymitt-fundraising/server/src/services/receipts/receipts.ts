import type { Core } from '@strapi/strapi';
import { randomBytes } from 'crypto';
import { createTickBatcher, deliverNoticeNow } from '@mymitt/plugin-kit';
import { giftFacts } from '../../notices/gift-facts';
import { RECEIPT_NOTICE, type ReceiptNoticePayload } from '../../notices/receipt-notice';
import { PLUGIN_ID } from '../../plugin-id';
import { strapiRowColumns } from '../ledger/tables';

export const RECEIPT_UID = `plugin::${PLUGIN_ID}.receipt` as const;
const RECEIPT_TABLE = 'mymitt_receipts';
/** The durable listener that sends receipts (services/finance/jobs.ts): its outbox items are keyed by it. */
export const RECEIPT_LISTENER = `${PLUGIN_ID}.receipt`;

/** The payload ledger.appendRow publishes with `mymitt.donation.succeeded`. */
export interface DonationSucceeded {
  sourceId: string;
  contributionId: number;
  amountCents: number;
  occurredAt: string;
}

export type ReceiptOutcome = 'sent' | 'duplicate' | 'no-email';

/**
 * `getService('receipts')`: one email per paid gift or installment, the kit notice `donation.receipt`
 * (notices/receipt-notice.ts: staff-editable, in the donor's language). The receipt row, unique by the
 * ledger movement it thanks for, is written before sending: a second delivery of the same event sends
 * nothing, and its id is the receipt's reference.
 */
const receipts = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  /**
   * Claims each receipt (unique source key): its row id, or null when that receipt was already sent. A
   * claim left `sending` or `failed` by an earlier attempt is taken again: the outbox hands one event's
   * receipt to one delivery at a time, so this is a retry, not a race. After a batch of gifts commits,
   * their receipts claim in one statement (createTickBatcher), not one per receipt.
   */
  const claimReceipts = createTickBatcher(async (claims: Array<{ sourceKey: string; contributionId: number; email: string }>) => {
    const now = new Date();
    const inserted: Array<{ id: number; source_key: string }> = await knex()(RECEIPT_TABLE)
      .insert(
        claims.map((claim) => ({
          ...strapiRowColumns(randomBytes(12).toString('hex'), now),
          source_key: claim.sourceKey,
          contribution_id: claim.contributionId,
          email: claim.email,
          status: 'sending',
        }))
      )
      .onConflict('source_key')
      .ignore()
      .returning(['id', 'source_key']);
    const open = new Map(inserted.map((row) => [String(row.source_key), Number(row.id)]));
    // Keys already claimed (a retry after a failed send, or a receipt already sent): read their state.
    const earlier = [...new Set(claims.map((claim) => claim.sourceKey))].filter((key) => !open.has(key));
    if (earlier.length) {
      const rows: Array<{ id: number; source_key: string; status: string }> = await knex()(RECEIPT_TABLE)
        .whereIn('source_key', earlier)
        .select('id', 'source_key', 'status');
      rows.filter((row) => row.status !== 'sent').forEach((row) => open.set(String(row.source_key), Number(row.id)));
    }
    // A source key twice in one batch: only its first claim sends.
    return claims.map((claim) => {
      const id = open.get(claim.sourceKey) ?? null;
      open.delete(claim.sourceKey);
      return id;
    });
  });

  const markSent = createTickBatcher(async (ids: number[]) => {
    const now = new Date();
    await knex()(RECEIPT_TABLE).whereIn('id', ids).update({ status: 'sent', sent_at: now, error: null, updated_at: now });
    return ids.map(() => undefined);
  });

  return {
    /**
     * Runs for every paid gift (the durable listener of `mymitt.donation.succeeded`): on election night
     * thousands of times a minute, so its writes are batched. Throws when the mail is not sent, so the
     * outbox retries it.
     */
    async sendFor(event: DonationSucceeded): Promise<ReceiptOutcome> {
      const contribution = await giftFacts(strapi, event.contributionId);
      if (!contribution?.email) return 'no-email';
      const receiptId = await claimReceipts({ sourceKey: event.sourceId, contributionId: contribution.id, email: contribution.email });
      if (receiptId === null) return 'duplicate';
      const payload: ReceiptNoticePayload = {
        receiptId,
        contributionId: contribution.id,
        amountCents: event.amountCents,
        occurredAt: event.occurredAt,
      };
      try {
        // The receipt is already an outbox item: sent now, under that item's key (its Message-ID across retries).
        await deliverNoticeNow(strapi, RECEIPT_NOTICE, payload, `event:mymitt.donation.succeeded:${RECEIPT_LISTENER}:${event.sourceId}`);
        await markSent(receiptId);
        return 'sent';
      } catch (caught) {
        const error = caught as { message?: string } | undefined;
        strapi.log.warn(`[${PLUGIN_ID}] receipt for contribution ${contribution.id} not sent: ${error?.message ?? error}`);
        await knex()(RECEIPT_TABLE)
          .where('id', receiptId)
          .update({ status: 'failed', error: String(error?.message ?? error).slice(0, 500), updated_at: new Date() });
        // The outbox retries it with backoff; staff see it among failed deliveries once retries run out.
        throw caught;
      }
    },
  };
};

export default receipts;
