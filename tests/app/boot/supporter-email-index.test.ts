import Transport from 'winston-transport';
import type { Core } from '@strapi/strapi';
import { isUniqueViolation } from '@mymitt/plugin-kit';
import { createTestDatabase, isPostgresRun, type TestDatabase } from '../../helpers/database';
import { bootStrapi, stopStrapi } from '../../helpers/strapi';

const INDEX = 'up_users_email_lower_unique';

/** The definition of the index as the database itself reports it, or null when it is absent. */
async function indexDefinition(strapi: Core.Strapi): Promise<string | null> {
  const knex = strapi.db.connection;
  if (isPostgresRun()) {
    const rows = await knex('pg_indexes').select('indexdef').where({ tablename: 'up_users', indexname: INDEX });
    return rows[0]?.indexdef ?? null;
  }
  const rows = await knex('sqlite_master').select('sql').where({ type: 'index', name: INDEX });
  return rows[0]?.sql ?? null;
}

/** Lines the app logs from here on (strapi.log is a winston logger). */
function captureLog(strapi: Core.Strapi) {
  const lines: string[] = [];
  const transport = new (class extends Transport {
    log(info: any, done: () => void) {
      lines.push(String(info.message));
      done();
    }
  })({ level: 'debug' });
  (strapi.log as any).add(transport);
  return lines;
}

describe('unique index on supporter emails', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('is created at the first boot and survives a restart whose schema sync runs in full', async () => {
    const first = await bootStrapi(database);
    const definition = await indexDefinition(first);
    expect(definition).toMatch(/CREATE UNIQUE INDEX/i);
    expect(definition).toMatch(/lower\(.?email.?\)/i);
    // Make the next boot diff the whole schema against the database, as after a content-type change,
    // instead of skipping the sync on an unchanged hash.
    await first.db.connection('strapi_database_schema').update({ hash: 'changed-by-test' });
    const firstIndexOid = isPostgresRun()
      ? (await first.db.connection.raw(`SELECT '${INDEX}'::regclass::oid AS oid`)).rows[0].oid
      : null;
    await stopStrapi(first);

    const second = await bootStrapi(database);
    try {
      expect(await indexDefinition(second)).toBe(definition);
      if (isPostgresRun()) {
        // Same object, not dropped by the sync and made again by the bootstrap.
        expect((await second.db.connection.raw(`SELECT '${INDEX}'::regclass::oid AS oid`)).rows[0].oid).toBe(firstIndexOid);
      }
      const stored = await second.db.connection('strapi_database_schema').first('hash');
      expect(stored.hash).not.toBe('changed-by-test');

      // And it holds: a second row with the same email in another case is refused by the database itself.
      const knex = second.db.connection;
      await knex('up_users').insert({ username: 'first', email: 'dup@example.org', provider: 'local' });
      const duplicate = await knex('up_users')
        .insert({ username: 'second', email: 'DUP@example.org', provider: 'local' })
        .then(
          () => 'inserted',
          (error) => error
        );
      expect(isUniqueViolation(duplicate)).toBe(true);
      expect(await knex('up_users').whereRaw('lower(email) = ?', ['dup@example.org']).count({ n: '*' })).toEqual([{ n: isPostgresRun() ? '1' : 1 }]);
    } finally {
      await stopStrapi(second);
    }
  });

  it('is not built while two accounts share an email: the boot goes on and says so at error level', async () => {
    const strapi = await bootStrapi(database);
    try {
      const knex = strapi.db.connection;
      await knex.raw(`DROP INDEX ${INDEX}`);
      const users = strapi.db.query('plugin::users-permissions.user');
      await users.create({ data: { username: 'twin-1', email: 'twin@example.org', provider: 'local' } });
      await users.create({ data: { username: 'twin-2', email: 'Twin@example.org', provider: 'local' } });

      const lines = captureLog(strapi);
      const { ensureSupporterEmailIndex } = require('../../../dist/src/bootstrap/supporter-email-index');
      expect(await ensureSupporterEmailIndex(strapi)).toBe('blocked-by-duplicates');
      expect(await indexDefinition(strapi)).toBeNull();
      expect(lines.join('\n')).toMatch(/1 email\(s\) belong to more than one supporter account/);

      await users.delete({ where: { username: 'twin-2' } });
      expect(await ensureSupporterEmailIndex(strapi)).toBe('created');
      expect(await indexDefinition(strapi)).toMatch(/CREATE UNIQUE INDEX/i);
      expect(await ensureSupporterEmailIndex(strapi)).toBe('present');
    } finally {
      await stopStrapi(strapi);
    }
  });
});
