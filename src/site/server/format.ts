import type { SiteLocale } from './locale';

const TAGS: Record<SiteLocale, string> = { en: 'en-US', es: 'es-US' };

/** Integer cents as the locale writes dollars: $1,234.50 / 1234,50 US$ (whole dollars without cents). */
export function formatMoney(cents: number, locale: SiteLocale): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(TAGS[locale], {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

export function formatNumber(value: number, locale: SiteLocale): string {
  return new Intl.NumberFormat(TAGS[locale]).format(value);
}

/** A date (and time, in the given zone) as the locale writes it. */
export function formatDateTime(iso: string, locale: SiteLocale, timeZone = 'America/New_York'): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDate(iso: string, locale: SiteLocale, timeZone = 'America/New_York'): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** Whole percent of a goal reached, capped to 100 for the bar (the text says the real figure). */
export function percentOf(raisedCents: number, goalCents: number): number {
  if (!goalCents || goalCents <= 0) return 0;
  return Math.floor((raisedCents / goalCents) * 100);
}
