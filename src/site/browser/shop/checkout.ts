/**
 * The cart page (server/pages/shop/cart.ts): draws the cart this browser keeps, lets the buyer change
 * quantities, and sends the checkout form to POST /mymitt-store/checkout `{ data: { lines, shipping,
 * donor, locale } }`, then goes to the payment (Stripe, or the sandbox page). A guest's order link token
 * is kept for the order page. Refusals appear beside their fields (donor paths as on the donate form).
 */
import { api, ApiFailure } from '../api';
import { onSubmit } from '../forms';
import { currentSession } from '../session';
import { message, siteData } from '../site-data';
import { donorOf, donorProblems, localizedRefusal, wirePassport } from '../giving/donor-form';
import { formatMoney } from '../giving/money';
import { paymentPage } from '../giving/payment-page';
import { cartLines, MAX_QTY, rememberOrderToken, saveCart, type CartLine } from './cart-store';

const SHIPPING_FIELDS = ['name', 'street', 'street2', 'city', 'state', 'zip'];

interface StartedOrder {
  documentId: string;
  contributionDocumentId: string;
  checkoutUrl: string;
  orderToken: string | null;
}

function cell(tag: 'td' | 'th', text: string) {
  return Object.assign(document.createElement(tag), { textContent: text });
}

function totalRow(label: string, cents: number) {
  const row = document.createElement('tr');
  row.append(cell('th', label), cell('td', ''), cell('td', formatMoney(cents)));
  return row;
}

/** The cart as a table; quantities editable, lines removable. Returns whether anything is in it. */
function drawCart(container: HTMLElement, form: HTMLFormElement) {
  const lines = cartLines();
  const empty = container.querySelector<HTMLElement>('[data-cart-empty]');
  container.querySelector('table')?.remove();
  if (empty) empty.hidden = lines.length > 0;
  form.hidden = lines.length === 0;
  if (!lines.length) return;
  const table = document.createElement('table');
  table.className = 'table cart-table';
  const body = document.createElement('tbody');
  for (const line of lines) {
    const row = document.createElement('tr');
    const name = cell('td', line.label ? `${line.name} (${line.label})` : line.name);
    const qtyCell = document.createElement('td');
    const qty = Object.assign(document.createElement('input'), { type: 'number', min: '1', max: String(MAX_QTY), value: String(line.qty), className: 'cart-qty' });
    qty.setAttribute('aria-label', `${message('shopQty')}: ${name.textContent}`);
    qty.addEventListener('change', () => update(line.sku, Math.min(MAX_QTY, Math.max(1, Math.floor(Number(qty.value) || 1)))));
    const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--secondary', textContent: message('shopRemove') });
    remove.addEventListener('click', () => update(line.sku, 0));
    qtyCell.append(qty, ' ', remove);
    row.append(name, qtyCell, cell('td', formatMoney(line.priceCents * line.qty)));
    body.append(row);
  }
  const items = lines.reduce((sum, line) => sum + line.priceCents * line.qty, 0);
  const shipping = Number(siteData().shippingFlatCents ?? 0);
  const foot = document.createElement('tfoot');
  foot.append(totalRow(message('shopItems'), items), totalRow(message('shopShipping'), shipping), totalRow(message('shopTotal'), items + shipping));
  table.append(body, foot);
  container.prepend(table);

  function update(sku: string, qty: number) {
    saveCart(cartLines().map((entry: CartLine) => (entry.sku === sku ? { ...entry, qty } : entry)));
    drawCart(container, form);
  }
}

/** API issue paths → the form's fields: `donor.zip` → `zip`, `shipping.zip` stays. */
const fieldOf = (path: string[]) => (path[0] === 'donor' ? path.slice(1) : path[0] === 'shipping' ? [`shipping.${path[1] ?? ''}`] : path);

export function enhance() {
  const container = document.querySelector<HTMLElement>('[data-cart]');
  const form = document.querySelector<HTMLFormElement>('form[data-checkout-form]');
  if (!container || !form) return;
  const status = form.querySelector<HTMLElement>('[data-checkout-status]');
  drawCart(container, form);
  wirePassport(form);
  onSubmit(form, async (values) => {
    const problems = donorProblems(form, values);
    if (problems.length) throw new ApiFailure(400, problems[0].message, undefined, { errors: problems });
    const shipping: Record<string, string> = {};
    for (const name of SHIPPING_FIELDS) if (values[`shipping.${name}`]?.trim()) shipping[name] = values[`shipping.${name}`].trim();
    const body = {
      lines: cartLines().map((line) => ({ sku: line.sku, qty: line.qty })),
      shipping,
      donor: donorOf(form, values),
      locale: siteData().locale,
    };
    if (status) status.textContent = message('shopWorking');
    try {
      const send = () => api<{ data: StartedOrder }>('POST', '/mymitt-store/checkout', body);
      // An expired session is a 401 even on this public route; api() forgot it: buy as a guest.
      const { data } = await send().catch((failure) => {
        if (failure instanceof ApiFailure && failure.status === 401 && !currentSession()) return send();
        throw failure;
      });
      if (data.orderToken) rememberOrderToken(data.documentId, data.orderToken);
      saveCart([]);
      location.assign(paymentPage(data.checkoutUrl, data.contributionDocumentId, { order: data.documentId }));
    } catch (failure) {
      if (status) status.textContent = '';
      throw localizedRefusal(form, failure, fieldOf);
    }
  });
}
