/**
 * The receipt a donor gets for each paid gift or installment: amount, date, election, the "not tax
 * deductible" statement and, for recurring gifts, where to cancel (FEC-12). Plain text; no database.
 */
import { NOT_TAX_DEDUCTIBLE_STATEMENT } from './affirmations';
import { formatUsd } from './money';

export interface ReceiptFacts {
  committeeName: string;
  firstName: string;
  amountCents: number;
  /** The date of receipt, committee time zone (YYYY-MM-DD). */
  receivedOn: string;
  electionName: string | null;
  recurring: boolean;
  /** Absolute URL that stops a recurring gift (a signed link: payments.cancelLink). */
  cancelUrl: string;
  reference: string;
}

export function receiptMessage(facts: ReceiptFacts): { subject: string; text: string } {
  const lines = [
    `Dear ${facts.firstName},`,
    '',
    `Thank you for your contribution of ${formatUsd(facts.amountCents)} to ${facts.committeeName}, received on ${facts.receivedOn}.`,
    facts.electionName ? `It is designated for the ${facts.electionName}.` : null,
    facts.recurring
      ? `This is an installment of your monthly gift. You can cancel future installments at any time: ${facts.cancelUrl}`
      : null,
    '',
    NOT_TAX_DEDUCTIBLE_STATEMENT,
    '',
    `Receipt reference: ${facts.reference}`,
  ].filter((line): line is string => line !== null);
  return { subject: `Your ${formatUsd(facts.amountCents)} contribution to ${facts.committeeName}`, text: lines.join('\n') };
}
