import type { PageContext } from '../../types';

/** What the shop pages read from the store plugin's public API (plugins/mymitt-store/server/src/answers/store.ts). */
export const STORE_API = '/mymitt-store';

export interface PublicVariant {
  documentId: string;
  sku: string;
  size: string | null;
  color: string | null;
  priceCents: number;
  inStock: boolean;
  lowStock: boolean;
}

export interface PublicProduct {
  documentId: string;
  slug: string;
  name: string;
  description: string;
  category: string;
  limitedEdition: boolean;
  perPersonMax: number | null;
  images: Array<{ url: string; alternativeText: string | null; width: number | null; height: number | null }>;
  priceFromCents: number | null;
  inStock: boolean;
  variants: PublicVariant[];
}

export interface StoreSettings {
  currency: 'usd';
  shippingFlatCents: number;
  cartHoldMinutes: number;
}

export const enc = encodeURIComponent;

export async function productBySlug(context: PageContext, slug: string): Promise<PublicProduct> {
  const { data } = await context.api.get<{ data: PublicProduct }>(`${STORE_API}/products/${enc(slug)}`, { locale: context.locale });
  return data;
}

export async function storeSettings(context: PageContext): Promise<StoreSettings> {
  const { data } = await context.api.get<{ data: { settings: StoreSettings } }>(`${STORE_API}/meta`);
  return data.settings;
}

/** "M, Navy": what tells one variant from another. */
export const variantLabel = (variant: Pick<PublicVariant, 'size' | 'color' | 'sku'>) =>
  [variant.size, variant.color].filter(Boolean).join(', ') || variant.sku;

/** Pages that show availability live this long (the store's own read is cached 5 s). */
export const SHOP_TTL_SECONDS = 30;
