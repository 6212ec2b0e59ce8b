/**
 * The receipt a donor gets for each paid gift or installment: amount, date, election, the "not tax
 * deductible" statement and, for recurring gifts, where to cancel (FEC-12). A plain-text part and an
 * HTML part saying the same; no database.
 */
import { NOT_TAX_DEDUCTIBLE_STATEMENT } from './affirmations';
import { escapeHtml } from './escape-html';
import { formatUsd } from './money';

export interface ReceiptFacts {
  committeeName: string;
  /** Null or blank for a gift recorded without a first name: the greeting is then neutral. */
  firstName: string | null;
  amountCents: number;
  /** The date of receipt, committee time zone (YYYY-MM-DD). */
  receivedOn: string;
  electionName: string | null;
  recurring: boolean;
  /** Absolute URL that stops a recurring gift (a signed link: payments.cancelLink). */
  cancelUrl: string;
  reference: string;
}

export interface ReceiptMessage {
  subject: string;
  text: string;
  html: string;
}

/** One paragraph of the receipt: its text, and the link it ends with, if any. */
type Paragraph = { text: string; link?: string };

export function greeting(firstName: string | null): string {
  const name = firstName?.trim();
  return name ? `Dear ${name},` : 'Dear supporter,';
}

function paragraphs(facts: ReceiptFacts): Paragraph[] {
  const thanks = `Thank you for your contribution of ${formatUsd(facts.amountCents)} to ${facts.committeeName}, received on ${facts.receivedOn}.`;
  return [
    { text: greeting(facts.firstName) },
    { text: facts.electionName ? `${thanks} It is designated for the ${facts.electionName}.` : thanks },
    ...(facts.recurring
      ? [{ text: 'This is an installment of your monthly gift. You can cancel future installments at any time:', link: facts.cancelUrl }]
      : []),
    { text: NOT_TAX_DEDUCTIBLE_STATEMENT },
    { text: `Receipt reference: ${facts.reference}` },
  ];
}

export function receiptMessage(facts: ReceiptFacts): ReceiptMessage {
  const parts = paragraphs(facts);
  const text = parts.map((p) => (p.link ? `${p.text} ${p.link}` : p.text)).join('\n\n');
  const html = parts
    .map((p) => `<p>${escapeHtml(p.text)}${p.link ? ` <a href="${escapeHtml(p.link)}">${escapeHtml(p.link)}</a>` : ''}</p>`)
    .join('\n');
  return {
    subject: `Your ${formatUsd(facts.amountCents)} contribution to ${facts.committeeName}`,
    text,
    html: `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"></head><body>\n${html}\n</body></html>`,
  };
}
