import { recipientLocale, type NoticeDefinition } from '@mymitt/plugin-kit';
import { NOT_TAX_DEDUCTIBLE_STATEMENT } from '../domain/affirmations';
import { calendarDate } from '../domain/calendar-date';
import { DEFAULT_SPANISH_FORM_TEXTS } from '../domain/form-texts';
import { formatUsd } from '../domain/money';
import { getService } from '../utils/get-service';
import { COMPLIANCE_TIME_ZONE } from '../services/compliance/compliance-config';
import { electionNameIn, giftFacts } from './gift-facts';

export const RECEIPT_NOTICE = 'donation.receipt';

/** What the receipts service hands the notice: the receipt it claimed and the movement it thanks for. */
export interface ReceiptNoticePayload {
  /** The mymitt_receipts row: with the contribution, the receipt's reference. */
  receiptId: number;
  contributionId: number;
  amountCents: number;
  /** ISO instant the money moved. */
  occurredAt: string;
}

/**
 * The receipt a donor gets for each paid gift or installment (FEC-12): amount, date of receipt, the
 * election it is designated for, the "not tax deductible" statement, for a monthly gift the signed link
 * that stops it, and the receipt's reference. Sent by the receipts service, which keeps its own record
 * of each receipt (services/receipts/receipts.ts); the kit adds the committee's "Paid for by" line.
 */
export const receiptNotice: NoticeDefinition<ReceiptNoticePayload> = {
  key: RECEIPT_NOTICE,
  transactional: true,
  description:
    'The receipt for each paid gift and each monthly installment, to the donor, in the language they gave in. Keep the "not tax deductible" statement and the cancel link of monthly gifts (FEC-12).',
  placeholders: ['amount', 'receivedOn', 'electionName', 'cancelUrl', 'reference'],
  defaults: {
    en: {
      subject: 'Your {{amount}} contribution to {{committeeName}}',
      body: [
        'Dear {{name}},',
        'Thank you for your contribution of {{amount}} to {{committeeName}}, received on {{receivedOn}}.{{#electionName}} It is designated for the {{electionName}}.{{/electionName}}',
        '{{#cancelUrl}}This is an installment of your monthly gift. You can cancel future installments at any time: {{cancelUrl}}{{/cancelUrl}}',
        NOT_TAX_DEDUCTIBLE_STATEMENT,
        'Receipt reference: {{reference}}',
      ].join('\n\n'),
    },
    es: {
      subject: 'Su contribución de {{amount}} a {{committeeName}}',
      body: [
        'Estimado/a {{name}}:',
        'Gracias por su contribución de {{amount}} a {{committeeName}}, recibida el {{receivedOn}}.{{#electionName}} Está designada para la {{electionName}}.{{/electionName}}',
        '{{#cancelUrl}}Este es un pago de su contribución mensual. Puede cancelar los pagos futuros en cualquier momento: {{cancelUrl}}{{/cancelUrl}}',
        DEFAULT_SPANISH_FORM_TEXTS.texts.notTaxDeductibleStatement!,
        'Referencia del recibo: {{reference}}',
      ].join('\n\n'),
    },
  },

  async load(strapi, payload) {
    const gift = await giftFacts(strapi, payload.contributionId);
    if (!gift?.email) return null;
    const locale = await recipientLocale(strapi, gift);
    return {
      // Greeted by the name on the gift; without one, the kit's neutral "supporter".
      to: { email: gift.email, userId: gift.userId, locale, firstName: gift.firstName },
      vars: {
        amount: formatUsd(payload.amountCents),
        receivedOn: calendarDate(new Date(payload.occurredAt), COMPLIANCE_TIME_ZONE),
        electionName: await electionNameIn(strapi, gift.electionId, locale),
        // A signed link: guests have no account to cancel from (FEC-12).
        cancelUrl: gift.recurring
          ? getService('payments').cancelLink({ documentId: gift.documentId }, String(strapi.config.get('server.url') ?? ''), locale)
          : null,
        reference: `R${payload.receiptId}-C${gift.id}`,
      },
    };
  },
};
