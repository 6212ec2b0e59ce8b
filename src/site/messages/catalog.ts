import type { SiteLocale } from '../server/locale';

/**
 * A message catalog: one object per locale with the same keys. `{name}` placeholders are filled by
 * `format`. Each area of the site (common, account, giving) keeps its own catalog file.
 */
export type Catalog<K extends string> = Record<SiteLocale, Record<K, string>>;

export function defineCatalog<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}

export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
