/**
 * The thanks page (server/pages/giving/thanks.ts): forgets the donate form's kept details and, for a gift
 * still pending, polls GET /donations/:documentId/status every 1.5 s for up to a minute, rewording the
 * page's live region when the payment webhook has landed (confirmed) or the payment failed.
 */
import { api } from '../api';
import { message, siteData } from '../site-data';
import { formatMoney } from './money';

const INTERVAL_MS = 1500;
const GIVE_UP_MS = 60_000;

interface Donation {
  documentId: string;
  amountCents: number;
  recurring: boolean;
}

type Kind = 'pending' | 'confirmed' | 'failed' | 'refunded';

function kindOf(status: string): Kind {
  if (status === 'succeeded' || status === 'partially_refunded' || status === 'disputed') return 'confirmed';
  if (status === 'failed') return 'failed';
  if (status === 'refunded') return 'refunded';
  return 'pending';
}

function show(section: HTMLElement, kind: Kind, donation: Donation) {
  const status = section.querySelector<HTMLElement>('[data-thanks-status]');
  const text = section.querySelector<HTMLElement>('[data-thanks-text]');
  const region = section.querySelector<HTMLElement>('[data-thanks-region]');
  const amount = formatMoney(donation.amountCents);
  section.dataset.status = kind;
  if (kind === 'confirmed') {
    if (status) status.textContent = message('statusConfirmed');
    if (text) text.textContent = message(donation.recurring ? 'thanksConfirmedMonthly' : 'thanksConfirmed', { amount });
    region?.classList.add('notice--ok');
  } else if (kind === 'failed') {
    const title = section.querySelector<HTMLElement>('[data-thanks-title]');
    if (title) title.textContent = message('thanksFailedTitle');
    if (status) status.textContent = message('statusFailed');
    if (text) text.textContent = message('thanksFailed');
  } else if (kind === 'refunded') {
    if (status) status.textContent = message('statusRefunded');
    if (text) text.textContent = message('thanksRefunded', { amount });
  }
}

export async function enhance() {
  // The gift went through checkout: the details the donate form kept for a return are no longer needed.
  try {
    sessionStorage.removeItem('mymitt.donate.draft');
  } catch {
    // storage unavailable: nothing was kept
  }
  const section = document.querySelector<HTMLElement>('[data-thanks]');
  const donation = siteData().donation as Donation | undefined;
  if (!section || !donation || section.dataset.status !== 'pending') return;
  const started = Date.now();
  const path = `/mymitt-fundraising/donations/${encodeURIComponent(donation.documentId)}/status`;

  const poll = async (): Promise<void> => {
    try {
      const { data } = await api<{ data: { status: string; amountCents: number; recurring: boolean } }>('GET', path);
      const kind = kindOf(data.status);
      if (kind !== 'pending') {
        show(section, kind, { ...donation, amountCents: data.amountCents, recurring: data.recurring });
        return;
      }
    } catch {
      // A network hiccup or a rate limit: keep polling until the deadline.
    }
    if (Date.now() - started >= GIVE_UP_MS) {
      const text = section.querySelector<HTMLElement>('[data-thanks-text]');
      if (text) text.textContent = message('thanksSlow');
      return;
    }
    setTimeout(() => void poll(), INTERVAL_MS);
  };
  setTimeout(() => void poll(), INTERVAL_MS);
}
