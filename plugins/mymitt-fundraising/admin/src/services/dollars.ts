/**
 * Dollars as finance staff type them ("3,500", "$3500.00", "0.5") ↔ integer cents, the only unit the
 * server takes. A fraction of a cent, a negative amount or anything else is refused, never rounded.
 */
export type DollarsProblem = 'empty' | 'notAnAmount' | 'negative' | 'fractionOfCent' | 'tooLarge';

export type ParsedDollars = { ok: true; cents: number } | { ok: false; problem: DollarsProblem };

/** $10,000,000: the server's ceiling for a limit or goal. */
const MAX_CENTS = 1_000_000_000;

export function dollarsToCents(text: string): ParsedDollars {
  const cleaned = text.trim().replace(/^\$/, '').replace(/,/g, '').trim();
  if (cleaned === '') return { ok: false, problem: 'empty' };
  if (/^-\s*\$?\d/.test(cleaned)) return { ok: false, problem: 'negative' };
  const match = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/.exec(cleaned);
  if (!match) return { ok: false, problem: 'notAnAmount' };
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return { ok: false, problem: 'fractionOfCent' };
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { ok: false, problem: 'tooLarge' };
  return { ok: true, cents };
}

/** 350000 → "3500.00": what an input starts with (no thousands separator, so it parses back as typed). */
export const centsToDollars = (cents: number) => `${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
