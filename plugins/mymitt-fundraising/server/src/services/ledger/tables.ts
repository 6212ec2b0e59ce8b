import type { Core } from '@strapi/strapi';
import type { DbCount } from '@mymitt/plugin-kit';

export const CONTRIBUTION_UID = 'plugin::mymitt-fundraising.contribution';
export const LEDGER_UID = 'plugin::mymitt-fundraising.ledger-entry';
export const STRIPE_EVENT_UID = 'plugin::mymitt-fundraising.stripe-event';

export const TABLES = {
  contributions: 'mymitt_contributions',
  ledger: 'mymitt_ledger_entries',
  events: 'mymitt_stripe_events',
  totals: 'mymitt_money_totals',
} as const;

export type Knex = Core.Strapi['db']['connection'];

/** A contribution row as the query engine returns it (private fields included: never send it as is). */
export interface ContributionRecord {
  id: number;
  documentId: string;
  purpose: 'donation' | 'order';
  status: string;
  amountCents: number | string;
  donorKey: string | null;
  donorEmailKey: string | null;
  /** Stripe's fingerprint of the card that paid (FEC-03 signal), once a charge event told it. */
  cardFingerprint?: string | null;
  /** A redesignated gift's split by election (FEC-01); null = all of it to electionId. */
  parts: Array<{ electionId: number; amountCents: number }> | string | null;
  anonymous: boolean;
  userId: number | null;
  electionId: number | null;
  pageId: number | null;
  campaignId: number | null;
  recurring: boolean;
  recurringCancelledAt: Date | string | null;
  checkoutSessionId: string | null;
  paymentIntentId: string | null;
  subscriptionId: string | null;
  customerId: string | null;
  idempotencyKey: string;
  failedAt: Date | string | null;
}

export interface Totals {
  raisedCents: number;
  refundedCents: number;
  netCents: number;
  giftCount: number;
}

export const ZERO_TOTALS: Totals = { raisedCents: 0, refundedCents: 0, netCents: 0, giftCount: 0 };

/** A mymitt_money_totals row (snake_case, knex) or totals already in camelCase (the query engine). */
export type TotalsRow = Partial<
  Record<'raised_cents' | 'refunded_cents' | 'net_cents' | 'gift_count' | 'raisedCents' | 'refundedCents' | 'netCents' | 'giftCount', DbCount>
>;

/** PostgreSQL returns bigint sums as strings, SQLite as numbers: every total leaves as a number. */
export function totalsFromRow(row: TotalsRow | null | undefined): Totals {
  return {
    raisedCents: Number(row?.raised_cents ?? row?.raisedCents ?? 0),
    refundedCents: Number(row?.refunded_cents ?? row?.refundedCents ?? 0),
    netCents: Number(row?.net_cents ?? row?.netCents ?? 0),
    giftCount: Number(row?.gift_count ?? row?.giftCount ?? 0),
  };
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A raw `mymitt_contributions` row (knex, snake_case) as the ContributionRecord the ledger code uses. */
export function contributionFromRow(row: Record<string, unknown>): ContributionRecord {
  const record: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) record[camel(column)] = value;
  record.recurring = Boolean(record.recurring);
  record.anonymous = Boolean(record.anonymous);
  return record as unknown as ContributionRecord;
}

/** Columns Strapi keeps on every row it did not write itself (raw inserts on hot paths fill them). */
export function strapiRowColumns(documentId: string, now: Date) {
  return { document_id: documentId, created_at: now, updated_at: now, published_at: now };
}
