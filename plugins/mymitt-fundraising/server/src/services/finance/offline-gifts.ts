import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { unprocessable } from '@mymitt/plugin-kit';
import { formatUsd } from '../../domain/money';
import { CURRENT_AFFIRMATIONS_VERSION } from '../../domain/affirmations';
import { getService } from '../../utils/get-service';
import type { RecordOfflineGiftBody } from '../../validators/finance';
import { CONTRIBUTION_UID, type ContributionRecord } from '../ledger/tables';
import { OFFLINE_GIFT_UID } from './finance-tables';
import { checkContribution } from '../payments/contribution-check';

/**
 * `getService('offline-gifts')`: checks and cash that reach the committee by mail or at events. Same
 * donor data (FEC-06), designation (FEC-04) and limit check (FEC-01) as online gifts; the money is one
 * `offline` ledger row written in the contribution's own transaction.
 */
const offlineGifts = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Records a check or cash gift; 422 over the cash maximum or the per-election limit. */
  async record(gift: RecordOfflineGiftBody, adminId: number | null, now = new Date()) {
    const compliance = getService('compliance-config');
    const ledger = getService('ledger');
    const receivedOn = gift.receivedOn ?? compliance.today(now);
    if (receivedOn > compliance.today(now)) throw unprocessable('A gift cannot be received in the future.', { receivedOn });
    // Noon UTC is the same calendar day in every US time zone.
    const occurredAt = new Date(`${receivedOn}T12:00:00Z`);

    const limit = await compliance.limitOn(receivedOn);
    if (!limit) throw unprocessable('No contribution limit is configured for that date; add one in the settings first.');
    if (gift.method === 'cash' && gift.amountCents > limit.cashMaxCents) {
      throw unprocessable(`Cash gifts may be at most ${formatUsd(limit.cashMaxCents)}; ask for a check instead.`, {
        code: 'cash_limit_reached',
        cashMaxCents: limit.cashMaxCents,
      });
    }
    const campaign = await compliance.activeCampaign(occurredAt);

    return strapi.db.transaction(async ({ trx }) => {
      // The online gifts' check (FEC-01/03/04/05), dated the day the check or cash was received.
      const check = await checkContribution(
        strapi,
        trx,
        {
          donor: gift,
          amountCents: gift.amountCents,
          electionId: gift.electionId ?? undefined,
          redesignationConsent: gift.redesignationConsent,
          recurring: false,
          receivedAt: occurredAt,
        },
        now
      );
      const keys = check.keys;

      const contribution = (await strapi.db.query(CONTRIBUTION_UID).create({
        data: {
          purpose: 'donation',
          status: 'pending',
          amountCents: gift.amountCents,
          currency: 'usd',
          firstName: gift.firstName,
          lastName: gift.lastName,
          email: gift.email,
          street: gift.street,
          city: gift.city,
          state: gift.state,
          zip: gift.zip,
          country: gift.country,
          occupation: gift.occupation,
          employer: gift.employer,
          usPassportNumber: gift.usPassportNumber ?? null,
          affirmationsVersion: CURRENT_AFFIRMATIONS_VERSION,
          donorKey: keys.byAddress,
          donorEmailKey: keys.byEmail,
          electionId: check.electionId,
          parts: check.parts,
          recurring: false,
          anonymous: false,
          pageId: gift.pageId ?? null,
          campaignId: campaign?.id ?? null,
          idempotencyKey: `offline:${randomUUID()}`,
        },
      })) as ContributionRecord;
      await ledger.appendRow(trx, contribution, {
        kind: 'offline',
        stripeObjectKey: `offline:${contribution.id}`,
        amountCents: gift.amountCents,
        occurredAt,
      });
      const status = await ledger.refreshStatus(trx, contribution);
      await strapi.db.query(OFFLINE_GIFT_UID).create({
        data: {
          contributionId: contribution.id,
          method: gift.method,
          checkNumber: gift.checkNumber ?? null,
          receivedOn,
          recordedByAdminId: adminId,
          note: gift.note ?? null,
        },
      });
      return {
        contributionId: contribution.id,
        status,
        amountCents: gift.amountCents,
        method: gift.method,
        receivedOn,
        parts: check.parts ?? [{ electionId: check.electionId, amountCents: gift.amountCents }],
      };
    });
  },

  /** The offline record of a contribution (null for card gifts). */
  async of(contributionId: number) {
    return strapi.db.query(OFFLINE_GIFT_UID).findOne({ where: { contributionId } });
  },
});

export default offlineGifts;
