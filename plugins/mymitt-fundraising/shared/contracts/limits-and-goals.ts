/**
 * GET/PUT /mymitt-fundraising/compliance/limits-and-goals (admin): the money finance staff set, in
 * integer cents (the admin page shows and takes dollars). Limits are the effective-dated contribution
 * limit rows (FEC-01/02); goals are each fundraising drive's goal and default page goal.
 */
export interface LimitMoney {
  id: number;
  label: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** In force today (or standing in for today when no row covers it). */
  inForce: boolean;
  /** In force only as a stand-in: no row's dates cover today (FEC-02: add this cycle's limits). */
  standingIn: boolean;
  /** Per-election limit for an individual (52 U.S.C. 30116(a)(1)(A)). */
  perElectionCents: number;
  /** Aggregate per election cycle above which a donor is itemized on Schedule A (52 U.S.C. 30104(b)(3)(A)). */
  itemizationThresholdCents: number;
  /** Largest cash gift accepted from one donor (11 CFR 110.4(c)). */
  cashMaxCents: number;
  /** Largest anonymous cash gift (11 CFR 110.4(c)(3)). */
  anonymousCashMaxCents: number;
}

export interface DriveGoals {
  id: number;
  name: string;
  active: boolean;
  goalCents: number;
  /** Goal a new personal fundraising page in this drive starts with. */
  defaultPageGoalCents: number;
}

export interface LimitsAndGoals {
  limits: LimitMoney[];
  drives: DriveGoals[];
}

export const LIMIT_MONEY_FIELDS = ['perElectionCents', 'itemizationThresholdCents', 'cashMaxCents', 'anonymousCashMaxCents'] as const;
export const DRIVE_MONEY_FIELDS = ['goalCents', 'defaultPageGoalCents'] as const;
export type LimitMoneyField = (typeof LIMIT_MONEY_FIELDS)[number];
export type DriveMoneyField = (typeof DRIVE_MONEY_FIELDS)[number];

/** PUT body: the rows to change, each with all of its money fields (rows left out are not touched). */
export interface LimitsAndGoalsBody {
  limits?: Array<{ id: number } & Record<LimitMoneyField, number>>;
  drives?: Array<{ id: number } & Record<DriveMoneyField, number>>;
}

/** One value a save changed (the audit line says the same). */
export interface MoneyChange {
  type: 'contribution-limit' | 'fundraising-campaign';
  id: number;
  field: LimitMoneyField | DriveMoneyField;
  fromCents: number;
  toCents: number;
}

export interface LimitsAndGoalsSaved {
  data: LimitsAndGoals;
  meta: { changes: MoneyChange[] };
}
