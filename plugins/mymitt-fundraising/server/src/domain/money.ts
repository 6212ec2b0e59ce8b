const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Integer cents as donors read them: 350000 → "$3,500.00". */
export function formatUsd(cents: number): string {
  return USD.format(cents / 100);
}

/** Money columns are `biginteger`: PostgreSQL returns them as strings, SQLite as numbers. */
export function toCents(value: unknown): number {
  const cents = Number(value ?? 0);
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an amount in cents: ${String(value)}`);
  return cents;
}
