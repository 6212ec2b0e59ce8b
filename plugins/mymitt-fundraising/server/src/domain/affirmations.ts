import { formatUsd } from './money';

/** FEC-08: the five things every contributor affirms, each a separate unchecked box on the form. */
export const AFFIRMATION_KEYS = ['citizenOrGreenCard', 'ownFunds', 'ownPersonalCard', 'atLeast18', 'notFederalContractor'] as const;
export type AffirmationKey = (typeof AFFIRMATION_KEYS)[number];

/**
 * Every wording ever shown, by version: a contribution stores the version its donor saw, so the exact
 * text stays provable after it changes. Add a new version; never edit a published one.
 */
export const AFFIRMATION_TEXTS: Record<string, Record<AffirmationKey, string>> = {
  '2025-11': {
    citizenOrGreenCard: 'I am a U.S. citizen or lawfully admitted permanent resident (i.e., green card holder).',
    ownFunds:
      'This contribution is made from my own funds, and funds are not being provided to me by another person or entity for the purpose of making this contribution.',
    ownPersonalCard:
      'I am making this contribution with my own personal credit card and not with a corporate or business credit card or a card issued to another person.',
    atLeast18: 'I am at least eighteen years old.',
    notFederalContractor: 'I am not a federal contractor.',
  },
};

export const CURRENT_AFFIRMATIONS_VERSION = '2025-11';

/** FEC-07: shown on every form that asks for occupation and employer. */
export const BEST_EFFORTS_STATEMENT =
  'Federal law requires us to use our best efforts to collect and report the name, mailing address, occupation and name of employer of individuals whose contributions exceed $200 in an election cycle.';

/** Shown next to the amount. */
export const NOT_TAX_DEDUCTIBLE_STATEMENT = 'Contributions to political committees are not tax deductible.';

/** FEC-01 (ActBlue's wording): the optional, unchecked box that lets excess move to the next election. */
export const REDESIGNATION_CONSENT_TEMPLATE =
  'If any portion of my contribution exceeds the {limit} limit for the {election}, I agree to redesignate the excess amount, up to an additional {limit}, to the {nextElection}.';

export function redesignationConsentText(limitCents: number, electionName: string, nextElectionName: string): string {
  const limit = formatUsd(limitCents);
  return REDESIGNATION_CONSENT_TEMPLATE.replaceAll('{limit}', limit)
    .replaceAll('{election}', electionName)
    .replaceAll('{nextElection}', nextElectionName);
}
