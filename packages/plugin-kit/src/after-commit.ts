import type { Core } from '@strapi/strapi';

/**
 * Runs `effect` once the current transaction commits, so domain events and other side effects never
 * announce a write that may still roll back. Outside a transaction the write is already committed:
 * the effect runs now and is awaited. A failing effect is logged, never thrown at the writer.
 */
export async function afterCommit(strapi: Core.Strapi, effect: () => unknown) {
  const run = async () => {
    try {
      await effect();
    } catch (error: any) {
      strapi.log.error(`[mymitt] after-commit effect failed: ${error?.message ?? error}`);
    }
  };

  if (!strapi.db.inTransaction()) return run();
  await strapi.db.transaction(async ({ onCommit }) => onCommit(() => void run()));
}
