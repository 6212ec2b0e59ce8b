import { DEFAULT_RETRY_POLICY, nextAttemptAt } from '@mymitt/plugin-kit';

describe('outbox retry backoff', () => {
  const policy = { baseDelayMs: 1000, maxDelayMs: 60_000, maxAttempts: 5 };

  it('doubles the wait after each failed attempt, up to the cap, with at most 20% jitter', () => {
    expect(nextAttemptAt(0, 1, policy, () => 0)).toBe(1000);
    expect(nextAttemptAt(0, 2, policy, () => 0)).toBe(2000);
    expect(nextAttemptAt(0, 4, policy, () => 0)).toBe(8000);
    expect(nextAttemptAt(0, 4, policy, () => 1)).toBe(9600);
    expect(nextAttemptAt(0, 4, { ...policy, maxDelayMs: 5000 }, () => 0)).toBe(5000);
  });

  it('gives up (null: the item is failed, for staff to retry) once the attempts are used', () => {
    expect(nextAttemptAt(0, 5, policy)).toBeNull();
    expect(nextAttemptAt(0, DEFAULT_RETRY_POLICY.maxAttempts, DEFAULT_RETRY_POLICY)).toBeNull();
  });
});
