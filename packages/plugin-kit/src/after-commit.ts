import type { Core } from '@strapi/strapi';

const inFlight = new WeakMap<object, Set<Promise<void>>>();

/**
 * Runs `effect` once the current transaction commits, so domain events and other side effects never
 * announce a write that may still roll back. Outside a transaction the write is already committed:
 * the effect runs now and is awaited. A failing effect is logged, never thrown at the writer.
 * Effects still running are tracked so a shutdown can wait for them (settleAfterCommitEffects).
 */
export async function afterCommit(strapi: Core.Strapi, effect: () => unknown) {
  const run = async () => {
    try {
      await effect();
    } catch (error: any) {
      strapi.log.error(`[mymitt] after-commit effect failed: ${error?.message ?? error}`);
    }
  };
  const tracked = () => {
    const running = inFlight.get(strapi) ?? new Set<Promise<void>>();
    inFlight.set(strapi, running);
    const promise = run().finally(() => running.delete(promise));
    running.add(promise);
    return promise;
  };

  if (!strapi.db.inTransaction()) return tracked();
  await strapi.db.transaction(async ({ onCommit }) => onCommit(() => void tracked()));
}

/**
 * Waits (up to `timeoutMs`) for after-commit effects still running, e.g. receipts and activity rows of
 * the last requests, so a plugin's destroy() lets them finish before the database closes.
 */
export async function settleAfterCommitEffects(strapi: Core.Strapi, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = [...(inFlight.get(strapi) ?? [])];
    if (!running.length || Date.now() > deadline) return;
    await Promise.race([Promise.allSettled(running), new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())))]);
  }
}
