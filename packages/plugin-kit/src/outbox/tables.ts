import type { Core } from '@strapi/strapi';

export const OUTBOX_TABLE = 'mymitt_outbox';
export const SUPPRESSIONS_TABLE = 'mymitt_notice_suppressions';

const ensured = new WeakMap<object, Promise<void>>();

/**
 * The outbox and the notice suppression list are the kit's own tables, so any plugin can use them
 * whichever of the plugins is installed: created once per process, by whichever plugin boots first
 * (Strapi's schema sync leaves tables it does not manage alone). Times are epoch milliseconds in a
 * bigint column, compared the same way on SQLite and PostgreSQL.
 */
export function ensureOutboxTables(strapi: Core.Strapi): Promise<void> {
  let done = ensured.get(strapi);
  if (!done) {
    done = createTables(strapi);
    ensured.set(strapi, done);
  }
  return done;
}

async function createTables(strapi: Core.Strapi) {
  await createIfMissing(strapi, OUTBOX_TABLE, (table) => {
    table.bigIncrements('id').primary();
    // What makes a retry or a second enqueue of the same effect a no-op.
    table.string('idempotency_key', 255).notNullable().unique();
    table.string('handler', 120).notNullable();
    table.text('payload').notNullable();
    table.string('status', 16).notNullable().defaultTo('pending');
    table.integer('attempts').notNullable().defaultTo(0);
    table.bigInteger('available_at').notNullable();
    table.bigInteger('locked_until').nullable();
    table.text('last_error').nullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.bigInteger('delivered_at').nullable();
    table.index(['status', 'available_at'], 'mymitt_outbox_due_idx');
  });
  await createIfMissing(strapi, SUPPRESSIONS_TABLE, (table) => {
    table.string('email_key', 320).primary();
    table.bigInteger('created_at').notNullable();
  });
}

type TableBuilder = Parameters<Parameters<Core.Strapi['db']['connection']['schema']['createTable']>[1]>[0];

async function createIfMissing(strapi: Core.Strapi, name: string, build: (table: TableBuilder) => void) {
  const schema = strapi.db.connection.schema;
  if (await schema.hasTable(name)) return;
  try {
    await schema.createTable(name, build);
  } catch (error) {
    // Another instance created it between our check and our create.
    if (!(await schema.hasTable(name))) throw error;
  }
}
