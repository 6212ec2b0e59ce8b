import { isDeepStrictEqual } from 'util';

/**
 * Awaits a condition rather than sleeping: polls `read` until it returns `expected` and returns the
 * last value read (so the test's own assertion shows the difference when time runs out). Domain
 * events are emitted after commit, so what they write lands just after the response.
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDeepStrictEqual(value, expected) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
