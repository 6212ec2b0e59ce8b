/**
 * A contribution is paid once. A one-time gift is paid by the payment intent its first checkout linked,
 * a monthly gift by its first subscription. Money Stripe reports under any other payment intent or
 * subscription naming the same contribution (a second Checkout Session completed for it, a second
 * subscription) is a duplicate payment: the ledger does not count it (FEC-14 keeps the ledger to the
 * gift that was given), and it becomes a flag Finance resolves by refunding it.
 */
import type { EventPlan, Movement } from './stripe-events';

/** The Stripe objects a contribution is linked to (after the event's own links are applied). */
export interface LinkedPayment {
  recurring: boolean;
  paymentIntentId?: string | null;
  subscriptionId?: string | null;
}

/**
 * - `own`: the contribution's money, booked in the ledger;
 * - `foreign`: a duplicate payment (or its refund, dispute, reversal): flagged, not booked;
 * - `ask`: a refund or dispute of a monthly gift names an installment's payment intent, which only the
 *   stored rows know: it is foreign when that payment intent was flagged as a duplicate.
 */
export type MovementOwnership = 'own' | 'foreign' | 'ask';

export function movementOwnership(
  contribution: LinkedPayment,
  plan: Pick<EventPlan, 'installment' | 'patch'>,
  movement: Movement
): MovementOwnership {
  if (!contribution.recurring) {
    const linked = contribution.paymentIntentId;
    return linked && movement.paymentIntentId && movement.paymentIntentId !== linked ? 'foreign' : 'own';
  }
  if (plan.installment) {
    const linked = contribution.subscriptionId;
    const paidBy = plan.patch.subscriptionId;
    return linked && paidBy && paidBy !== linked ? 'foreign' : 'own';
  }
  return movement.kind !== 'charge' && movement.paymentIntentId ? 'ask' : 'own';
}
