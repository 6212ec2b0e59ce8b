/** Request/response types of the finance admin routes (server and admin share them). */
export interface Totals {
  raisedCents: number;
  refundedCents: number;
  netCents: number;
  giftCount: number;
}

/** A fundraising page as finance lists name it (its title, and its public address /fundraise/<slug>). */
export interface PageName {
  documentId: string;
  title: string;
  slug: string;
  status: 'pending' | 'published' | 'rejected' | 'closed';
}

export interface FinanceDashboard {
  all: Totals & { raisedTodayCents: number };
  campaigns: Array<
    Totals & { id: number; name: string; goalCents: number; raisedTodayCents: number; startsAt: string; endsAt: string | null }
  >;
  byState: Array<{ state: string | null; netCents: number; gifts: number }>;
  /** `page` is null when the page row is gone (its totals stay). */
  byPage: Array<Totals & { pageId: number; page: PageName | null }>;
  byRefcode: Array<{ refcode: string | null; netCents: number; gifts: number }>;
  recurring: { monthlyCents: number; activeCount: number };
}

export interface DonationResult {
  id: number;
  createdAt: string;
  amountCents: number;
  netCents: number;
  status: string;
  method: 'card' | 'check' | 'cash';
  recurring: boolean;
  donor: { firstName: string; lastName: string; email: string; city: string; state: string; zip: string };
  pageId: number | null;
  page: PageName | null;
  /** The fundraising drive the gift counted toward, by name. */
  campaignId: number | null;
  campaignName: string | null;
  refcode: string | null;
  /** Refund requests so far: the next refund is number refundCount + 1. */
  refundCount: number;
}

export interface DonationSearchParams {
  q?: string;
  amountCents?: number;
  from?: string;
  to?: string;
  status?: string;
  page?: number;
}

export interface DonationSearchResponse {
  data: DonationResult[];
  meta: { pagination: { page: number; pageSize: number; total: number } };
}

export interface RefundRequestBody {
  refundNumber: number;
  amountCents?: number;
  reason?: string;
}

export interface ExcessFlag {
  id: number;
  status: 'open' | 'remedied';
  overdue: boolean;
  electionId: number;
  electionName: string | null;
  exceededOn: string;
  remedyDueBy: string;
  totalCents: number;
  excessCents: number;
  contributionId: number | null;
  donor: { name: string; email: string; city: string; state: string } | null;
  remediedAt: string | null;
}

/** GET /finance/payment-anomalies: a second payment for an already-paid contribution, not in the ledger. */
export interface PaymentAnomaly {
  id: number;
  /** open until refunds or disputes of its payment intent cover it. */
  status: 'open' | 'settled';
  contributionId: number;
  stripeObjectKey: string;
  paymentIntentId: string | null;
  checkoutSessionId: string | null;
  subscriptionId: string | null;
  eventId: string | null;
  amountCents: number;
  /** Already given back by refunds and disputes of this payment. */
  returnedCents: number;
  occurredAt: string;
  detectedAt: string;
  /** The contribution and the payment the ledger counts for it. */
  contribution: {
    documentId: string;
    status: string;
    amountCents: number;
    paymentIntentId: string | null;
    subscriptionId: string | null;
  } | null;
  donor: { name: string; email: string } | null;
}

/** POST /finance/offline-gifts (admin, money.manage): a check or cash gift from the donor's signed paper form. */
export interface OfflineGiftBody {
  firstName: string;
  lastName: string;
  email: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  occupation: string;
  employer: string;
  affirmationsVersion: string;
  affirmations: { citizenOrGreenCard: true; ownFunds: true; atLeast18: true; notFederalContractor: true };
  method: 'check' | 'cash';
  checkNumber?: string;
  amountCents: number;
  /** YYYY-MM-DD; today when left out. */
  receivedOn?: string;
  note?: string;
}

/** 201 body of POST /finance/offline-gifts. */
export interface OfflineGiftRecorded {
  contributionId: number;
  status: string;
  amountCents: number;
  method: 'check' | 'cash';
  receivedOn: string;
  parts: Array<{ electionId: number; amountCents: number }>;
}

/** GET/POST /ledger/reconcile (admin): cached totals compared with the append-only ledger. */
export interface ReconcileReport {
  checkedScopes: number;
  drift: Array<{ scope: string; expected: Totals; actual: Totals }>;
  /** True when this run (POST { fix: true }) rewrote the drifted totals. */
  fixed: boolean;
  parkedEvents: number;
}

/** POST /finance/excess-flags/run: what the FEC-10 check found (ran is false when no limit applies or a run is under way). */
export interface ExcessRunReport {
  ran: boolean;
  checkedOn: string;
  open: number;
  overdue: number;
  remedied: number;
}
