import { format } from '../../../messages';
import { ApiError } from '../../api-client';
import { formatMoney } from '../../format';
import { html, safeUrl } from '../../html';
import { notFoundPage } from '../not-found';
import type { PageContext, RenderedPage } from '../../types';
import { productBySlug, SHOP_TTL_SECONDS, variantLabel } from './data';

/**
 * `/shop/:slug`: a product with its variants as radio buttons (sold-out ones disabled), a quantity and
 * "Add to cart"; the `shop-product` enhancer keeps the cart in this browser (localStorage).
 */
export async function productPage(context: PageContext): Promise<RenderedPage> {
  const { t, locale } = context;
  let product;
  try {
    product = await productBySlug(context, context.params.slug);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return notFoundPage(context);
    throw error;
  }
  const image = product.images[0];
  const firstInStock = product.variants.find((variant) => variant.inStock);
  const maxQty = Math.min(20, product.perPersonMax ?? 20);

  return {
    head: { title: product.name, description: product.description.slice(0, 160) || t.shopDescription, image: image?.url ?? null },
    main: html`<article class="product">
<p><a href="${context.href('/shop')}">${t.shopGear}</a></p>
<div class="product__layout">
${image ? html`<img class="product__image" src="${safeUrl(image.url)}" alt="${image.alternativeText ?? ''}"${image.width ? html` width="${image.width}" height="${image.height ?? ''}"` : ''}>` : ''}
<div class="product__details">
<h1>${product.name}</h1>
${product.description ? html`<p>${product.description}</p>` : ''}
${product.limitedEdition && product.perPersonMax ? html`<p class="notice">${format(t.shopLimited, { max: product.perPersonMax })}</p>` : ''}
<noscript><p class="notice">${t.noscriptForms}</p></noscript>
<form class="form product-form" data-product-form data-slug="${product.slug}" data-name="${product.name}" novalidate>
<fieldset class="field variants" id="field-variant" tabindex="-1">
<legend>${t.shopChooseVariant}</legend>
<p class="field__error" id="field-variant-error" data-error-for="variant"></p>
${product.variants.map(
  (variant) => html`<label class="variant-option${variant.inStock ? '' : ' variant-option--out'}"><input type="radio" name="variant" value="${variant.sku}" data-price="${variant.priceCents}" data-label="${variantLabel(variant)}"${
    variant === firstInStock ? html` checked` : ''
  }${variant.inStock ? '' : html` disabled`}> <span>${variantLabel(variant)}</span> <strong>${formatMoney(variant.priceCents, locale)}</strong>${
    variant.inStock ? (variant.lowStock ? html` <span class="status-pill">${t.shopLowStock}</span>` : '') : html` <span class="status-pill">${t.shopSoldOut}</span>`
  }</label>`
)}
</fieldset>
<div class="field" data-field="qty">
<label for="field-qty">${t.shopQty}</label>
<input id="field-qty" name="qty" type="number" min="1" max="${maxQty}" value="1" inputmode="numeric">
</div>
<p><button type="submit" class="button button--primary"${firstInStock ? '' : html` disabled`}>${firstInStock ? t.shopAddToCart : t.shopSoldOut}</button></p>
<p role="status" aria-live="polite" data-cart-status></p>
</form>
</div>
</div>
</article>`,
    tags: ['content', 'store'],
    ttlSeconds: SHOP_TTL_SECONDS,
    enhance: ['shop-product'],
    clientMessages: ['shopAdded', 'shopViewCart', 'shopNeedsVariant'],
    clientData: { cartPath: context.href('/shop/cart') },
  };
}
