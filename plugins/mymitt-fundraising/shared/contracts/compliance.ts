/** GET /api/mymitt-fundraising/elections: elections a donor may give to (soonest first unless sorted). */
export interface UpcomingElection {
  documentId: string;
  /** In the locale asked (`locale=es`: staff's Spanish name, else the English one with nameLocaleFallback). */
  name: string;
  nameLocaleFallback: boolean;
  kind: 'primary' | 'general' | 'runoff' | 'special';
  /** YYYY-MM-DD */
  date: string;
}
export interface ElectionsResponse {
  data: UpcomingElection[];
  meta: {
    pagination: { page?: number; pageSize?: number; pageCount?: number; start?: number; limit?: number; total?: number };
    /** Where an undesignated gift counts (FEC-04): the soonest upcoming election, or null. */
    defaultElectionDocumentId: string | null;
    locale: 'en' | 'es';
    /** True when some name is answered in English for want of its Spanish. */
    localeFallback: boolean;
  };
}

/** GET /api/mymitt-fundraising/compliance/form: what every contribution form shows and sends back. */
export interface ComplianceFormResponse {
  data: {
    currency: 'usd';
    limit: { perElectionCents: number; itemizationThresholdCents: number; effectiveFrom: string; effectiveTo: string | null } | null;
    /** `version` names the exact texts shown (English: e.g. 2025-11; Spanish: 2025-11+es.<hash>): send it back. */
    affirmations: { version: string; items: Array<{ key: string; text: string; localeFallback: boolean }> };
    bestEffortsStatement: string;
    notTaxDeductibleStatement: string;
    /** Text of the optional redesignation box, for the next election and the one after; null when there is none. */
    redesignationConsent: {
      fromElectionDocumentId: string;
      toElectionDocumentId: string;
      text: string;
      localeFallback: boolean;
    } | null;
    /** FEC-12: recurring giving is never preselected. */
    recurringDefault: false;
    presetAmountsCents: number[];
    campaign: { name: string; slug: string; goalCents: number } | null;
  };
  meta: {
    /** The locale answered (`?locale=en|es`, English by default). */
    locale: 'en' | 'es';
    /** True when some text is answered in English for want of its Spanish. */
    localeFallback: boolean;
    /** Which: `affirmations.<key>`, `bestEffortsStatement`, `notTaxDeductibleStatement`, `redesignationConsent`, `campaign.name`. */
    localeFallbackTexts: string[];
  };
}

/** GET|PUT /mymitt-fundraising/compliance/texts (admin): the Spanish of the form's texts beside the English. */
export interface FormTextsEditor {
  englishVersion: string;
  english: Record<string, string>;
  /** The English version the saved Spanish translates (its affirmations are not used for another version). */
  translatesVersion: string | null;
  spanish: Record<string, string | null>;
  /** The affirmations version a Spanish form shows now. */
  spanishAffirmationsVersion: string;
}

/** GET /mymitt-fundraising/compliance/overview (admin, `read`): what finance staff configure, with warnings. */
export interface ComplianceOverview {
  /** YYYY-MM-DD in the committee's time zone. */
  today: string;
  limitInForce: { id: number; perElectionCents: number; effectiveFrom: string; effectiveTo: string | null; notConfigured: boolean } | null;
  limits: Array<{
    id: number;
    perElectionCents: number;
    itemizationThresholdCents: number;
    cashMaxCents: number;
    effectiveFrom: string;
    effectiveTo: string | null;
  }>;
  elections: Array<{ id: number; name: string; kind: string; date: string; upcoming: boolean; netDebtsOutstandingCents: number }>;
  campaigns: Array<{
    id: number;
    name: string;
    slug: string;
    goalCents: number;
    raisedCents: number;
    active: boolean;
    startsAt: string;
    endsAt: string | null;
  }>;
  /** Problems staff should fix: no limit for today, no upcoming election, no general after the primary. */
  warnings: string[];
}
