/** What the server wrote into the page for its scripts (<script type="application/json" id="site-data">). */
export interface SiteData {
  locale: 'en' | 'es';
  enhance: string[];
  messages: Record<string, string>;
  [key: string]: unknown;
}

let cached: SiteData | undefined;

export function siteData(): SiteData {
  if (cached) return cached;
  const element = document.getElementById('site-data');
  cached = element?.textContent ? (JSON.parse(element.textContent) as SiteData) : { locale: 'en', enhance: [], messages: {} };
  return cached;
}

/** A UI string the page asked for, `{name}` placeholders filled. */
export function message(key: string, values: Record<string, string | number> = {}): string {
  const template = siteData().messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A site path in the page's locale. */
export function sitePath(path: string): string {
  if (siteData().locale === 'en') return path;
  return path === '/' ? '/es/' : `/es${path}`;
}
