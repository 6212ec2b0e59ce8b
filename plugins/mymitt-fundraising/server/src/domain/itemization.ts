/**
 * FEC-06: a contribution is itemised (Schedule A, line 11(a)(i)) when the donor's aggregate for the
 * election cycle, including it, passes the threshold ($200) — so every later gift of that donor is
 * itemised too, however small. At exactly $200 it is not.
 */
export function itemization(cycleAggregateCents: number, thresholdCents: number): 'itemized' | 'unitemized' {
  return cycleAggregateCents > thresholdCents ? 'itemized' : 'unitemized';
}
