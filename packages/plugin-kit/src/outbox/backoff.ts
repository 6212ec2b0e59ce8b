export interface RetryPolicy {
  /** Delay before the first retry; each later one doubles it. */
  baseDelayMs: number;
  /** No retry waits longer than this. */
  maxDelayMs: number;
  /** After this many attempts an item is `failed` and waits for staff (the admin's retry). */
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 3_600_000, maxAttempts: 10 };

/**
 * When an item that failed its `attempts`-th delivery is due again: exponential backoff with up to 20%
 * jitter (so instances that failed together do not retry together), or null when it has used them all.
 */
export function nextAttemptAt(now: number, attempts: number, policy: RetryPolicy, random = Math.random): number | null {
  if (attempts >= policy.maxAttempts) return null;
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return now + Math.round(delay * (1 + 0.2 * random()));
}
