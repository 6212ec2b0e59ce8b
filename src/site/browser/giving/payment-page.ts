import { sitePath } from '../site-data';

const SANDBOX_CHECKOUT = /\/api\/mymitt-fundraising\/sandbox\/checkout\/(cs_sandbox_[a-f0-9]{32})$/;

/**
 * Where a contribution is paid: Stripe's page, or the site's face of the offline sandbox checkout
 * (`extra` query keys ride along, e.g. the store order it comes back to).
 */
export function paymentPage(checkoutUrl: string, contributionDocumentId: string, extra: Record<string, string> = {}): string {
  const sandbox = SANDBOX_CHECKOUT.exec(new URL(checkoutUrl, location.origin).pathname);
  if (!sandbox) return checkoutUrl;
  const query = new URLSearchParams({ contribution: contributionDocumentId, ...extra });
  return sitePath(`/donate/sandbox/${sandbox[1]}?${query}`);
}
