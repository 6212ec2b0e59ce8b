/** GET /api/mymitt-fundraising/elections: elections a donor may give to, soonest first. */
export interface UpcomingElection {
  id: number;
  name: string;
  kind: 'primary' | 'general' | 'runoff' | 'special';
  /** YYYY-MM-DD */
  date: string;
}
export interface ElectionsResponse {
  data: UpcomingElection[];
  /** Where an undesignated gift counts (FEC-04): the first of `data`, or null. */
  meta: { defaultElectionId: number | null };
}

/** GET /api/mymitt-fundraising/compliance/form: what every contribution form shows and sends back. */
export interface ComplianceFormResponse {
  data: {
    currency: 'usd';
    limit: { perElectionCents: number; itemizationThresholdCents: number; effectiveFrom: string; effectiveTo: string | null } | null;
    affirmations: { version: string; items: Array<{ key: string; text: string }> };
    bestEffortsStatement: string;
    notTaxDeductibleStatement: string;
    /** Text of the optional redesignation box, for the next election and the one after; null when there is none. */
    redesignationConsent: { fromElectionId: number; toElectionId: number; text: string } | null;
    /** FEC-12: recurring giving is never preselected. */
    recurringDefault: false;
    presetAmountsCents: number[];
    campaign: { name: string; slug: string; goalCents: number } | null;
  };
}
