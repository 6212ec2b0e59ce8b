export const SITE_LOCALES = ['en', 'es'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];
export const DEFAULT_LOCALE: SiteLocale = 'en';

/** `/es/donate` → es + `/donate`; anything else is English (the default locale has no prefix). */
export function splitLocale(path: string): { locale: SiteLocale; rest: string } {
  const match = /^\/es(\/.*)?$/.exec(path);
  if (match) return { locale: 'es', rest: match[1] || '/' };
  return { locale: 'en', rest: path };
}

/** The path of `rest` in `locale`: `/donate` → `/es/donate`; `/` → `/es/`. */
export function localizedPath(locale: SiteLocale, rest: string): string {
  if (locale === DEFAULT_LOCALE) return rest;
  return rest === '/' ? '/es/' : `/es${rest}`;
}

/** The best site locale for an Accept-Language header (q-values honoured), else the default. */
export function preferredLocale(acceptLanguage: string | undefined): SiteLocale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([0-9.]+)$/.exec(p.trim())).find(Boolean);
      return { language: tag.split('-')[0], q: q ? Number(q[1]) : 1 };
    })
    .filter((entry) => entry.language && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { language } of ranked) {
    if ((SITE_LOCALES as readonly string[]).includes(language)) return language as SiteLocale;
  }
  return DEFAULT_LOCALE;
}
