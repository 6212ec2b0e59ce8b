import { dollarsToCents, type DollarsProblem } from './dollars';
import type { OfflineGiftBody } from '../../../shared/contracts/finance';

/** The four affirmations of a check or cash gift (the card one does not apply), ticked from the paper form. */
export const OFFLINE_AFFIRMATIONS = ['citizenOrGreenCard', 'ownFunds', 'atLeast18', 'notFederalContractor'] as const;

export const DONOR_FIELDS = ['firstName', 'lastName', 'email', 'street', 'city', 'state', 'zip', 'occupation', 'employer'] as const;

export interface OfflineGiftForm extends Record<(typeof DONOR_FIELDS)[number], string> {
  method: 'check' | 'cash';
  checkNumber: string;
  amount: string;
  receivedOn: string;
  note: string;
  affirmed: Record<(typeof OFFLINE_AFFIRMATIONS)[number], boolean>;
}

export const emptyOfflineGift = (): OfflineGiftForm => ({
  ...(Object.fromEntries(DONOR_FIELDS.map((field) => [field, ''])) as Record<(typeof DONOR_FIELDS)[number], string>),
  method: 'check',
  checkNumber: '',
  amount: '',
  receivedOn: '',
  note: '',
  affirmed: { citizenOrGreenCard: false, ownFunds: false, atLeast18: false, notFederalContractor: false },
});

/**
 * The POST body, or the amount's problem. Unticked affirmations are sent as they are: the server refuses
 * them with the affirmation's text, as it does for the API.
 */
export function toOfflineGiftBody(
  form: OfflineGiftForm,
  affirmationsVersion: string
): { ok: true; body: OfflineGiftBody } | { ok: false; problem: DollarsProblem } {
  const amount = dollarsToCents(form.amount);
  if (!amount.ok) return { ok: false, problem: amount.problem };
  if (amount.cents === 0) return { ok: false, problem: 'empty' };
  const donor = Object.fromEntries(DONOR_FIELDS.map((field) => [field, form[field].trim()])) as Record<
    (typeof DONOR_FIELDS)[number],
    string
  >;
  return {
    ok: true,
    body: {
      ...donor,
      affirmationsVersion,
      affirmations: form.affirmed as OfflineGiftBody['affirmations'],
      method: form.method,
      ...(form.method === 'check' && form.checkNumber.trim() && { checkNumber: form.checkNumber.trim() }),
      amountCents: amount.cents,
      ...(form.receivedOn.trim() && { receivedOn: form.receivedOn.trim() }),
      ...(form.note.trim() && { note: form.note.trim() }),
    },
  };
}
