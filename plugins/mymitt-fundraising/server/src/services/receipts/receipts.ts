import type { Core } from '@strapi/strapi';
import { isUniqueViolation } from '@mymitt/plugin-kit';
import { calendarDate } from '../../domain/calendar-date';
import { receiptMessage } from '../../domain/receipt-message';
import { PLUGIN_ID } from '../../plugin-id';
import { getService } from '../../utils/get-service';
import { COMPLIANCE_TIME_ZONE } from '../compliance/compliance-config';
import type { ContributionRecord } from '../ledger/tables';

export const RECEIPT_UID = `plugin::${PLUGIN_ID}.receipt` as const;
const COMMITTEE_SETTINGS_UID = 'api::committee-setting.committee-setting';

/** The payload ledger.appendRow emits with `mymitt.donation.succeeded`, after commit. */
export interface DonationSucceeded {
  sourceId: string;
  contributionId: number;
  amountCents: number;
  occurredAt: string;
}

export type ReceiptOutcome = 'sent' | 'failed' | 'duplicate' | 'no-email';

/**
 * `getService('receipts')`: one email per paid gift or installment, sent through Strapi's email plugin
 * (whatever provider config/plugins.ts sets). The receipt row, unique by the ledger movement it thanks
 * for, is written before sending: a second delivery of the same event sends nothing.
 */
const receipts = ({ strapi }: { strapi: Core.Strapi }) => ({
  async sendFor(event: DonationSucceeded): Promise<ReceiptOutcome> {
    const contribution = (await getService('ledger').findContribution(event.contributionId)) as
      | (ContributionRecord & Record<string, any>)
      | null;
    if (!contribution?.email) return 'no-email';

    let receipt: any;
    try {
      receipt = await strapi.db.query(RECEIPT_UID).create({
        data: { sourceKey: event.sourceId, contributionId: contribution.id, email: contribution.email, status: 'sending' },
      });
    } catch (error) {
      if (isUniqueViolation(error)) return 'duplicate';
      throw error;
    }

    const elections = contribution.electionId ? await getService('compliance-config').elections() : [];
    const message = receiptMessage({
      committeeName: await committeeName(strapi),
      firstName: contribution.firstName,
      amountCents: event.amountCents,
      receivedOn: calendarDate(new Date(event.occurredAt), COMPLIANCE_TIME_ZONE),
      electionName: elections.find((e) => e.id === contribution.electionId)?.name ?? null,
      recurring: Boolean(contribution.recurring),
      // A signed link: guests have no account to cancel from (FEC-12).
      cancelUrl: getService('payments').cancelLink(contribution, String(strapi.config.get('server.url') ?? '')),
      reference: `R${receipt.id}-C${contribution.id}`,
    });
    try {
      await strapi.plugin('email').service('email').send({ to: contribution.email, subject: message.subject, text: message.text });
      await strapi.db
        .query(RECEIPT_UID)
        .update({ where: { id: receipt.id }, data: { status: 'sent', subject: message.subject, sentAt: new Date() } });
      return 'sent';
    } catch (error: any) {
      strapi.log.warn(`[${PLUGIN_ID}] receipt for contribution ${contribution.id} not sent: ${error?.message ?? error}`);
      await strapi.db.query(RECEIPT_UID).update({
        where: { id: receipt.id },
        data: { status: 'failed', subject: message.subject, error: String(error?.message ?? error).slice(0, 500) },
      });
      return 'failed';
    }
  },
});

/** The committee's name from the app's settings, when the app has them. */
async function committeeName(strapi: Core.Strapi): Promise<string> {
  if (!strapi.contentTypes[COMMITTEE_SETTINGS_UID as keyof typeof strapi.contentTypes]) return 'our campaign';
  const settings: any = await strapi.db.query(COMMITTEE_SETTINGS_UID as any).findOne({});
  return settings?.committeeName || 'our campaign';
}

export default receipts;
