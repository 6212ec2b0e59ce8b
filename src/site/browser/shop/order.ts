/**
 * The order page (server/pages/shop/order.ts): reads GET /mymitt-store/orders/:documentId as the signed-in
 * buyer, or with the guest's order link token (from the link, else kept by this browser at checkout), and
 * shows its status, items and totals. While the payment is on its way it asks again every 1.5 s for a minute.
 */
import { api, ApiFailure } from '../api';
import { message } from '../site-data';
import { formatMoney } from '../giving/money';
import { orderToken, rememberOrderToken } from './cart-store';

const INTERVAL_MS = 1500;
const GIVE_UP_MS = 60_000;

interface Order {
  documentId: string;
  status: string;
  itemsCents: number;
  shippingCents: number;
  totalCents: number;
  carrier: string | null;
  trackingNumber: string | null;
  lines: Array<{ name: string; qty: number; unitPriceCents: number }>;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') =>
  Object.assign(document.createElement(tag), { textContent: text, ...(className && { className }) });

function draw(view: HTMLElement, order: Order, link: string | null) {
  const status = element('p', message(`orderStatus.${order.status}`), `notice${order.status === 'paid' || order.status === 'shipped' ? ' notice--ok' : ''}`);
  status.dataset.orderStatus = order.status;
  const list = element('ul', '', 'order-lines');
  for (const line of order.lines) list.append(element('li', `${line.name} × ${line.qty} — ${formatMoney(line.unitPriceCents * line.qty)}`));
  const totals = element('dl', '', 'facts');
  for (const [label, cents] of [
    ['shopItems', order.itemsCents],
    ['shopShipping', order.shippingCents],
    ['shopTotal', order.totalCents],
  ] as const) totals.append(element('dt', message(label)), element('dd', formatMoney(cents)));
  const parts: HTMLElement[] = [status, list, totals];
  if (order.trackingNumber) parts.push(element('p', message('shopTracking', { carrier: order.carrier ?? '', number: order.trackingNumber })));
  if (link) {
    const keep = element('p', `${message('shopOrderLink')} `, 'hint');
    keep.append(Object.assign(element('a', link), { href: link }));
    parts.push(keep);
  }
  view.replaceChildren(...parts);
}

export async function enhance() {
  const section = document.querySelector<HTMLElement>('[data-order]');
  const view = section?.querySelector<HTMLElement>('[data-order-view]');
  const documentId = section?.dataset.order;
  if (!section || !view || !documentId) return;
  const fromLink = new URLSearchParams(location.search).get('token');
  const token = fromLink ?? orderToken(documentId);
  if (fromLink) rememberOrderToken(documentId, fromLink);
  const path = `/mymitt-store/orders/${encodeURIComponent(documentId)}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  const link = token ? `${location.origin}${location.pathname}?token=${encodeURIComponent(token)}` : null;
  const started = Date.now();
  for (;;) {
    let order: Order;
    try {
      order = (await api<{ data: Order }>('GET', path)).data;
    } catch (failure) {
      if (failure instanceof ApiFailure && [401, 403, 404].includes(failure.status)) view.replaceChildren(element('p', message('shopOrderMissing'), 'notice'));
      return;
    }
    draw(view, order, link);
    if (order.status !== 'pending' || Date.now() - started > GIVE_UP_MS) return;
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
}
