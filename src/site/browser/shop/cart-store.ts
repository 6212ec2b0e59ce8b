/**
 * The cart lives in this browser (localStorage) until checkout: lines by SKU, with what the product page
 * showed (name, options, price) so the cart page draws without a request. The server prices the order
 * again at checkout; these figures are only what the buyer was shown.
 */
const CART_KEY = 'mymitt.cart';
const ORDERS_KEY = 'mymitt.orders';
export const MAX_QTY = 20;

export interface CartLine {
  sku: string;
  qty: number;
  name: string;
  label: string;
  priceCents: number;
  slug: string;
}

function read<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as T) ?? fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (private mode, quota): the cart lasts this page only.
  }
}

export const cartLines = (): CartLine[] => read<CartLine[]>(CART_KEY, []).filter((line) => line && typeof line.sku === 'string' && line.qty > 0);

export function saveCart(lines: CartLine[]) {
  write(CART_KEY, lines.filter((line) => line.qty > 0));
}

/** Adds units of a variant (a line already there grows, up to MAX_QTY). */
export function addToCart(line: CartLine) {
  const lines = cartLines();
  const existing = lines.find((entry) => entry.sku === line.sku);
  if (existing) existing.qty = Math.min(MAX_QTY, existing.qty + line.qty);
  else lines.push({ ...line, qty: Math.min(MAX_QTY, line.qty) });
  saveCart(lines);
}

/** A guest's order link secret, kept by the browser that placed the order (shown once by the API). */
export function rememberOrderToken(documentId: string, token: string) {
  write(ORDERS_KEY, { ...read<Record<string, string>>(ORDERS_KEY, {}), [documentId]: token });
}

export const orderToken = (documentId: string): string | null => read<Record<string, string>>(ORDERS_KEY, {})[documentId] ?? null;
