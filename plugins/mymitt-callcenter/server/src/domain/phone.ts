/**
 * E.164 normalisation of US (NANP) numbers: punctuation stripped, 10 digits or 1 + 10 digits, area code
 * and exchange starting 2-9 (and not N11 service codes for the area code). Anything else is invalid.
 */
export function normalizeUsPhone(input: unknown): string | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const raw = String(input).trim();
  if (!raw || raw.length > 40) return null;
  // Only digits, spaces and the usual punctuation; letters (vanity numbers, "ext") are refused.
  if (!/^[+\d\s().\-/]+$/.test(raw)) return null;
  let digits = raw.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10) return null;
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return null;
  if (digits[1] === '1' && digits[2] === '1') return null; // N11 (211, 911...) is no area code
  return `+1${digits}`;
}

/** Splits a cell holding several numbers ("603-555-0101; 603 555 0102"). */
export function splitPhones(cell: string | undefined | null): string[] {
  if (!cell) return [];
  return String(cell)
    .split(/[;|,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The 3-digit area code of an E.164 US number. */
export const areaCodeOf = (e164: string) => e164.slice(2, 5);
