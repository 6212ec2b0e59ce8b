import { format } from '../../../messages';
import { formatMoney } from '../../format';
import { html, safeUrl, type SafeHtml } from '../../html';
import type { PageContext } from '../../types';
import type { PublicProduct } from './data';

/** A product as a card: image, name, price from, availability; the shop's list and the Action Center embed. */
export function productCard(context: PageContext, product: PublicProduct, heading: 'h2' | 'h3' = 'h2'): SafeHtml {
  const { t, locale } = context;
  const link = context.href(`/shop/${product.slug}`);
  const image = product.images[0];
  const title = html`<a href="${link}">${product.name}</a>`;
  return html`<article class="product-card">
${image ? html`<img class="product-card__image" src="${safeUrl(image.url)}" alt="${image.alternativeText ?? ''}" loading="lazy"${image.width ? html` width="${image.width}" height="${image.height ?? ''}"` : ''}>` : ''}
${heading === 'h2' ? html`<h2 class="card__title">${title}</h2>` : html`<h3 class="card__title">${title}</h3>`}
<p class="product-card__price">${product.priceFromCents !== null ? format(t.shopFrom, { price: formatMoney(product.priceFromCents, locale) }) : ''}
${product.inStock ? '' : html` <span class="status-pill">${t.shopSoldOut}</span>`}
${product.limitedEdition && product.perPersonMax ? html` <span class="status-pill">${format(t.shopLimited, { max: product.perPersonMax })}</span>` : ''}</p>
</article>`;
}
