/** What the public reads show of a product and its variants (numbers as numbers, no database ids). */

export interface VariantRow {
  id: number;
  document_id: string;
  sku: string;
  size: string | null;
  color: string | null;
  price_cents: number | string;
  stock: number | string;
  product_document_id: string;
}

export interface ProductRow {
  id: number;
  document_id: string;
  slug: string;
  name: string;
  description: string | null;
  category: string;
  sort_order: number | null;
  limited_edition: boolean | number | null;
  per_person_max: number | null;
  locale: string;
}

export interface ImageRow {
  related_id: number;
  url: string;
  alternative_text: string | null;
  width: number | null;
  height: number | null;
}

export function publicVariant(row: VariantRow, lowStockThreshold: number) {
  const stock = Number(row.stock);
  return {
    documentId: row.document_id,
    sku: row.sku,
    size: row.size ?? null,
    color: row.color ?? null,
    priceCents: Number(row.price_cents),
    inStock: stock > 0,
    /** "Only a few left": the count itself stays private. */
    lowStock: stock > 0 && stock <= lowStockThreshold,
  };
}

export function publicProduct(row: ProductRow, variants: VariantRow[], images: ImageRow[], lowStockThreshold: number) {
  const shown = variants.map((variant) => publicVariant(variant, lowStockThreshold));
  const prices = shown.map((variant) => variant.priceCents);
  return {
    documentId: row.document_id,
    slug: row.slug,
    name: row.name,
    description: row.description ?? '',
    category: row.category,
    locale: row.locale,
    limitedEdition: Boolean(row.limited_edition),
    perPersonMax: row.limited_edition && row.per_person_max ? Number(row.per_person_max) : null,
    images: images.map((image) => ({
      url: image.url,
      alternativeText: image.alternative_text ?? null,
      width: image.width ?? null,
      height: image.height ?? null,
    })),
    priceFromCents: prices.length ? Math.min(...prices) : null,
    inStock: shown.some((variant) => variant.inStock),
    variants: shown,
  };
}

export type PublicProduct = ReturnType<typeof publicProduct>;
