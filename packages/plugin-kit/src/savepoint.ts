import type { Core } from '@strapi/strapi';

let counter = 0;

/**
 * Runs `work` so that its failure can be caught and retried inside the surrounding transaction.
 * On PostgreSQL a failed statement aborts the whole transaction; rolling back to a savepoint undoes
 * only `work`. Strapi hands nested `db.transaction` calls the outer transaction, so the savepoint is
 * taken on the same connection the query engine uses. Outside a transaction one is opened.
 */
export async function withSavepoint<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(async ({ trx }) => {
    const name = `mymitt_sp_${(counter = (counter + 1) % 1_000_000)}`;
    await trx.raw(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      await trx.raw(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await trx.raw(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  });
}
