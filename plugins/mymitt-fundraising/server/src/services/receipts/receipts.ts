import type { Core } from '@strapi/strapi';
import { randomBytes } from 'crypto';
import { createTickBatcher, createTtlCache, type DbBoolean } from '@mymitt/plugin-kit';
import { calendarDate } from '../../domain/calendar-date';
import { receiptMessage } from '../../domain/receipt-message';
import { PLUGIN_ID } from '../../plugin-id';
import { getService } from '../../utils/get-service';
import { COMPLIANCE_TIME_ZONE } from '../compliance/compliance-config';
import { strapiRowColumns, TABLES } from '../ledger/tables';

export const RECEIPT_UID = `plugin::${PLUGIN_ID}.receipt` as const;
const RECEIPT_TABLE = 'mymitt_receipts';
const COMMITTEE_SETTINGS_UID = 'api::committee-setting.committee-setting';

/** The payload ledger.appendRow emits with `mymitt.donation.succeeded`, after commit. */
export interface DonationSucceeded {
  sourceId: string;
  contributionId: number;
  amountCents: number;
  occurredAt: string;
}

export type ReceiptOutcome = 'sent' | 'duplicate' | 'no-email';

/** What a receipt reads of its contribution (mymitt_contributions). */
interface ReceiptContributionRow {
  id: number;
  document_id: string;
  email: string | null;
  first_name: string | null;
  election_id: number | null;
  recurring: DbBoolean;
}

/**
 * `getService('receipts')`: one email per paid gift or installment, sent through Strapi's email plugin
 * (whatever provider config/plugins.ts sets). The receipt row, unique by the ledger movement it thanks
 * for, is written before sending: a second delivery of the same event sends nothing.
 */
const receipts = ({ strapi }: { strapi: Core.Strapi }) => {
  // Election names and the committee name change rarely; a minute's staleness in a thank-you email is fine.
  const names = createTtlCache<{ committee: string; elections: Map<number, string> }>(60_000);
  const lookupNames = () =>
    names.get('names', async () => ({
      committee: await committeeName(strapi),
      elections: new Map((await getService('compliance-config').elections()).map((e) => [e.id, e.name])),
    }));

  const knex = () => strapi.db.connection;

  // After a batch of gifts commits, its receipts start in the same turn of the event loop: each step
  // below is one statement for all of them (createTickBatcher), not one per receipt.
  const loadContributions = createTickBatcher(async (ids: number[]) => {
    const rows: ReceiptContributionRow[] = await knex()(TABLES.contributions)
      .whereIn('id', [...new Set(ids)])
      .select('id', 'document_id', 'email', 'first_name', 'election_id', 'recurring');
    const byId = new Map(rows.map((row) => [Number(row.id), row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /**
   * Claims each receipt (unique source key): its row id, or null when that receipt was already sent. A
   * claim left `sending` or `failed` by an earlier attempt is taken again: the outbox hands one event's
   * receipt to one delivery at a time, so this is a retry, not a race.
   */
  const claimReceipts = createTickBatcher(
    async (claims: Array<{ sourceKey: string; contributionId: number; email: string; subject: string }>) => {
      const now = new Date();
      await knex()(RECEIPT_TABLE)
        .insert(
          claims.map((claim) => ({
            ...strapiRowColumns(randomBytes(12).toString('hex'), now),
            source_key: claim.sourceKey,
            contribution_id: claim.contributionId,
            email: claim.email,
            subject: claim.subject,
            status: 'sending',
          }))
        )
        .onConflict('source_key')
        .ignore();
      const rows: Array<{ id: number; source_key: string; status: string }> = await knex()(RECEIPT_TABLE)
        .whereIn('source_key', [...new Set(claims.map((claim) => claim.sourceKey))])
        .select('id', 'source_key', 'status');
      const open = new Map(rows.filter((row) => row.status !== 'sent').map((row) => [String(row.source_key), Number(row.id)]));
      // A source key twice in one batch: only its first claim sends.
      return claims.map((claim) => {
        const id = open.get(claim.sourceKey) ?? null;
        open.delete(claim.sourceKey);
        return id;
      });
    }
  );

  const markSent = createTickBatcher(async (ids: number[]) => {
    const now = new Date();
    await knex()(RECEIPT_TABLE).whereIn('id', ids).update({ status: 'sent', sent_at: now, updated_at: now });
    return ids.map(() => undefined);
  });

  return {
    /** Runs after every paid gift: on election night thousands of times a minute, so its writes are batched. */
    async sendFor(event: DonationSucceeded): Promise<ReceiptOutcome> {
      const contribution = await loadContributions(event.contributionId);
      if (!contribution?.email) return 'no-email';
      const { committee, elections } = await lookupNames();
      const facts = {
        committeeName: committee,
        // May be null (a gift recorded without a name): the receipt then greets neutrally.
        firstName: contribution.first_name,
        amountCents: event.amountCents,
        receivedOn: calendarDate(new Date(event.occurredAt), COMPLIANCE_TIME_ZONE),
        electionName: (contribution.election_id && elections.get(Number(contribution.election_id))) || null,
        recurring: Boolean(contribution.recurring),
        // A signed link: guests have no account to cancel from (FEC-12).
        cancelUrl: getService('payments').cancelLink(
          { documentId: contribution.document_id },
          String(strapi.config.get('server.url') ?? '')
        ),
      };
      const { subject } = receiptMessage({ ...facts, reference: '' });
      const receiptId = await claimReceipts({
        sourceKey: event.sourceId,
        contributionId: contribution.id,
        email: contribution.email,
        subject,
      });
      if (receiptId === null) return 'duplicate';
      const message = receiptMessage({ ...facts, reference: `R${receiptId}-C${contribution.id}` });
      try {
        await strapi.plugin('email').service('email').send({ to: contribution.email, subject: message.subject, text: message.text, html: message.html });
        await markSent(receiptId);
        return 'sent';
      } catch (caught) {
        const error = caught as { message?: string } | undefined;
        strapi.log.warn(`[${PLUGIN_ID}] receipt for contribution ${contribution.id} not sent: ${error?.message ?? error}`);
        await knex()(RECEIPT_TABLE)
          .where('id', receiptId)
          .update({
            status: 'failed',
            subject: message.subject,
            error: String(error?.message ?? error).slice(0, 500),
            updated_at: new Date(),
          });
        // The outbox retries it with backoff; staff see it among failed deliveries once retries run out.
        throw caught;
      }
    },
  };
};

/** The committee's name from the app's settings, when the app has them. */
async function committeeName(strapi: Core.Strapi): Promise<string> {
  if (!strapi.contentTypes[COMMITTEE_SETTINGS_UID as keyof typeof strapi.contentTypes]) return 'our campaign';
  const settings: { committeeName?: string | null } | null = await strapi.db
    .query(COMMITTEE_SETTINGS_UID as keyof typeof strapi.contentTypes)
    .findOne({});
  return settings?.committeeName || 'our campaign';
}

export default receipts;
