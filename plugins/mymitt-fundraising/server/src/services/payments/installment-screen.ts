import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../plugin-id';
import { getService } from '../../utils/get-service';
import { stripeClient } from '../stripe/stripe-client';
import { CONTRIBUTION_UID, type ContributionRecord } from '../ledger/tables';
import { checkContribution } from './contribution-check';
import type { StripeEventLike } from '../../domain/stripe-events';

export type ScreenOutcome = { screened: false } | { screened: true; allowed: true } | { screened: true; allowed: false; message: string };

const id = (value: any): string | undefined => (typeof value === 'string' ? value : value?.id);

/**
 * FEC-12: every installment of a recurring gift is checked against the limit before it is charged.
 * Stripe announces each renewal with `invoice.created` and waits about an hour before charging it;
 * an installment that would pass the donor's limit is voided then (skipped, not charged). Idempotent
 * (the Stripe calls carry keys from the invoice id), so a redelivered event changes nothing more.
 */
export async function screenInstallment(strapi: Core.Strapi, event: StripeEventLike, now = new Date()): Promise<ScreenOutcome> {
  const invoice = event.data?.object ?? {};
  if (event.type !== 'invoice.created' || invoice.billing_reason !== 'subscription_cycle' || invoice.status !== 'draft') {
    return { screened: false };
  }
  const details = invoice.parent?.subscription_details ?? invoice.subscription_details ?? {};
  const contributionId = Number(details.metadata?.contributionId ?? invoice.metadata?.contributionId);
  const subscriptionId = id(invoice.subscription) ?? id(details.subscription);
  const where = Number.isSafeInteger(contributionId) && contributionId > 0 ? { id: contributionId } : { subscriptionId };
  const contribution = (await strapi.db.query(CONTRIBUTION_UID).findOne({ where })) as (ContributionRecord & Record<string, any>) | null;
  const amountCents = Number(invoice.amount_due ?? 0);
  if (!contribution || amountCents <= 0) return { screened: false };

  const electionId = await getService('compliance-config').electionFor(contribution.electionId, now);
  try {
    await strapi.db.transaction(({ trx }) =>
      checkContribution(
        strapi,
        trx,
        {
          donor: {
            firstName: contribution.firstName,
            lastName: contribution.lastName,
            street: contribution.street,
            zip: contribution.zip,
            email: contribution.email,
          },
          userId: contribution.userId,
          amountCents,
          electionId: electionId ?? undefined,
          redesignationConsent: false,
          recurring: true,
        },
        now
      )
    );
    return { screened: true, allowed: true };
  } catch (error: any) {
    if (error?.status !== 422) throw error;
    const stripe = stripeClient(strapi);
    await stripe.invoices.finalizeInvoice(
      invoice.id,
      { auto_advance: false },
      { idempotencyKey: `installment-skip:${invoice.id}:finalize` }
    );
    await stripe.invoices.voidInvoice(invoice.id, {}, { idempotencyKey: `installment-skip:${invoice.id}:void` });
    strapi.log.info(`[${PLUGIN_ID}] skipped installment ${invoice.id} of contribution ${contribution.id} (FEC-12): ${error.message}`);
    return { screened: true, allowed: false, message: error.message };
  }
}
