/**
 * The product page (server/pages/shop/product.ts): "Add to cart" puts the chosen variant and quantity in
 * this browser's cart and offers the way to it.
 */
import { message, siteData } from '../site-data';
import { addToCart, MAX_QTY } from './cart-store';

export function enhance() {
  const form = document.querySelector<HTMLFormElement>('form[data-product-form]');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-cart-status]');
  const error = form.querySelector<HTMLElement>('[data-error-for="variant"]');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name="variant"]:checked');
    if (error) error.textContent = '';
    if (!chosen) {
      if (error) error.textContent = message('shopNeedsVariant');
      form.querySelector<HTMLElement>('#field-variant')?.focus();
      return;
    }
    const qtyInput = form.elements.namedItem('qty') as HTMLInputElement | null;
    const max = Number(qtyInput?.max) || MAX_QTY;
    const qty = Math.min(max, Math.max(1, Math.floor(Number(qtyInput?.value) || 1)));
    addToCart({
      sku: chosen.value,
      qty,
      name: form.dataset.name ?? '',
      label: chosen.dataset.label ?? '',
      priceCents: Number(chosen.dataset.price),
      slug: form.dataset.slug ?? '',
    });
    if (!status) return;
    const link = Object.assign(document.createElement('a'), { href: String(siteData().cartPath), textContent: message('shopViewCart') });
    status.replaceChildren(`${message('shopAdded')} `, link);
  });
}
