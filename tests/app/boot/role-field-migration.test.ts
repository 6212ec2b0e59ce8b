import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { bootStrapi, stopStrapi } from '../../helpers/strapi';

const MIGRATION = '2026.11.28T00.00.00.spanish-fields-for-campaign-roles.js';
const ELECTION = 'plugin::mymitt-fundraising.election';
const CALL_DAY = 'plugin::mymitt-callcenter.call-day';

/** The fields of one seeded role's content-manager permission on `subject`. */
async function fieldsOf(strapi: Core.Strapi, role: string, subject: string, verb = 'update') {
  const [permission] = await strapi.db.query('admin::permission').findMany({
    where: { action: `plugin::content-manager.explorer.${verb}`, subject, role: { name: role } },
  });
  return permission as { id: number; properties: { fields: string[] } };
}

/**
 * Issue 13's Spanish fields on a database that had the campaign roles before them: the migration grants
 * them to the roles that edit those content types, once, and leaves every other field as staff left it.
 */
describe('migration: Spanish fields for the campaign roles', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('adds nameEs and descriptionEs to existing role permissions that lack them, and nothing else', async () => {
    // A database from before the fields: the roles' permissions list every field but the Spanish ones,
    // and a super admin has also taken `name` away from Finance on elections.
    const before = await bootStrapi(database);
    const election = await fieldsOf(before, 'Finance', ELECTION);
    const callDay = await fieldsOf(before, 'Call center manager', CALL_DAY);
    expect(election.properties.fields).toEqual(expect.arrayContaining(['name', 'nameEs']));
    const narrowed = election.properties.fields.filter((field) => !['nameEs', 'name'].includes(field));
    await before.db.query('admin::permission').update({ where: { id: election.id }, data: { properties: { fields: narrowed } } });
    const withoutSpanish = callDay.properties.fields.filter((field) => !['nameEs', 'descriptionEs'].includes(field));
    await before.db.query('admin::permission').update({ where: { id: callDay.id }, data: { properties: { fields: withoutSpanish } } });
    await before.db.connection('strapi_migrations').where({ name: MIGRATION }).del();
    await stopStrapi(before);

    const after = await bootStrapi(database);
    try {
      expect((await fieldsOf(after, 'Finance', ELECTION)).properties.fields).toEqual([...narrowed, 'nameEs']);
      expect((await fieldsOf(after, 'Call center manager', CALL_DAY)).properties.fields).toEqual([
        ...withoutSpanish,
        'nameEs',
        'descriptionEs',
      ]);
      const ran = await after.db.connection('strapi_migrations').where({ name: MIGRATION });
      expect(ran).toHaveLength(1);
    } finally {
      await stopStrapi(after);
    }
  });
});
