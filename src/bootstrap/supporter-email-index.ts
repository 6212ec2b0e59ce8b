import type { Core } from '@strapi/strapi';

/** One account per email, whatever its case: users-permissions' check-then-insert alone lets a race through. */
export const SUPPORTER_EMAIL_INDEX = 'up_users_email_lower_unique';

export type SupporterEmailIndexOutcome = 'present' | 'created' | 'blocked-by-duplicates';

const USER_UID = 'plugin::users-permissions.user';

async function indexExists(strapi: Core.Strapi, table: string): Promise<boolean> {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'sqlite') {
    const rows = await knex('sqlite_master').select('name').where({ type: 'index', name: SUPPORTER_EMAIL_INDEX, tbl_name: table });
    return rows.length > 0;
  }
  const rows = await knex('pg_indexes')
    .select('indexname')
    .where({ schemaname: strapi.db.getSchemaName() || 'public', tablename: table, indexname: SUPPORTER_EMAIL_INDEX });
  return rows.length > 0;
}

/**
 * Creates the unique index on lower(email) of users-permissions' users when it is missing, at every
 * boot (a catalog look-up when it is there).
 *
 * Not a migration in database/migrations: Strapi runs those before its schema sync, so on a fresh
 * database `up_users` does not exist yet, and a migration is recorded as done after its single run.
 * Schema sync leaves the index alone: it only drops indexes it created itself. If accounts already
 * share an email the index cannot be built: the boot goes on without it, says so at error level, and
 * builds it on the first boot after the duplicates are merged.
 */
export async function ensureSupporterEmailIndex(strapi: Core.Strapi): Promise<SupporterEmailIndexOutcome> {
  const table: string = strapi.db.metadata.get(USER_UID).tableName;
  if (await indexExists(strapi, table)) return 'present';

  const knex = strapi.db.connection;
  const qualified = strapi.db.getSchemaName() ? `${strapi.db.getSchemaName()}.${table}` : table;
  const duplicates = await knex(qualified)
    .select(knex.raw('lower(email) as email'))
    .whereNotNull('email')
    .groupByRaw('lower(email)')
    .havingRaw('count(*) > 1');
  if (duplicates.length > 0) {
    strapi.log.error(
      `${duplicates.length} email(s) belong to more than one supporter account, so the unique index ${SUPPORTER_EMAIL_INDEX} ` +
        `cannot be created and simultaneous sign-ups can still duplicate an account. Merge or delete the extra accounts ` +
        `(SELECT lower(email), count(*) FROM ${table} GROUP BY lower(email) HAVING count(*) > 1) and restart.`
    );
    return 'blocked-by-duplicates';
  }

  try {
    await knex.raw('CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (lower(??))', [SUPPORTER_EMAIL_INDEX, qualified, 'email']);
  } catch (error) {
    // Two instances booting at once on PostgreSQL: the other one created it first.
    if (await indexExists(strapi, table)) return 'present';
    throw error;
  }
  strapi.log.info(`Created the unique index ${SUPPORTER_EMAIL_INDEX} on ${table} (lower(email)).`);
  return 'created';
}
