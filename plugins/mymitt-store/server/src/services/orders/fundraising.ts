import type { Core } from '@strapi/strapi';
import { unavailable } from '@mymitt/plugin-kit';

const FUNDRAISING = 'mymitt-fundraising';

/**
 * What the store uses of the fundraising plugin's services (ARCHITECTURE.md, "How plugins talk"): a
 * purchase is a contribution (FEC-11), so it is checked, paid and refunded there. Typed here by hand:
 * plugins never import each other's files.
 */
export interface FundraisingPayments {
  parseDonor(donor: unknown): { email: string } & Record<string, unknown>;
  startCheckout(input: {
    purpose: 'order';
    purposeRef: string;
    donor: unknown;
    amountCents: number;
    userId: number | null;
    lineItems: Array<{ name: string; unitAmountCents: number; quantity: number }>;
    /** The buyer's language, when the checkout request said: the receipt is written in it. */
    locale?: 'en' | 'es';
    successPath: string;
    cancelPath: string;
    origin: string;
    now?: Date;
  }): Promise<{ contributionId: number; contributionDocumentId: string; checkoutUrl: string }>;
  onPaid(handler: string, fn: (notice: { contributionId: number; reference: string; amountCents: number }) => Promise<void> | void): void;
}

export interface FundraisingRefunds {
  refund(
    contributionId: number,
    body: { refundNumber: number; amountCents?: number; reason?: string },
    adminId: number | null
  ): Promise<{ refundNumber: number; amountCents: number; status: string }>;
  of(contributionId: number): Promise<Array<{ refundNumber: number; amountCents: number; status: string }>>;
}

function fundraising(strapi: Core.Strapi) {
  const plugin = strapi.plugin(FUNDRAISING);
  if (!plugin) throw unavailable('The store needs the fundraising plugin to take payments.', { code: 'payments_unavailable' });
  return plugin;
}

export const fundraisingPayments = (strapi: Core.Strapi) => fundraising(strapi).service('payments') as unknown as FundraisingPayments;
export const fundraisingRefunds = (strapi: Core.Strapi) => fundraising(strapi).service('refunds') as unknown as FundraisingRefunds;
export const hasFundraising = (strapi: Core.Strapi) => Boolean(strapi.plugin(FUNDRAISING));
