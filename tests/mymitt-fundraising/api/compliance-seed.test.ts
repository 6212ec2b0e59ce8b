import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { bootStrapi, stopStrapi } from '../../helpers/strapi';

const ELECTIONS = 'plugin::mymitt-fundraising.election';
const LIMITS = 'plugin::mymitt-fundraising.contribution-limit';

async function configRows(strapi: Core.Strapi) {
  const elections = await strapi.db.query(ELECTIONS).findMany({ orderBy: { id: 'asc' } });
  const limits = await strapi.db.query(LIMITS).findMany({ orderBy: { id: 'asc' } });
  return { elections, limits };
}

describe('FEC-02 compliance defaults at boot', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('are seeded once: booting twice leaves the same rows, and staff edits stand', async () => {
    const first = await bootStrapi(database);
    const afterFirstBoot = await configRows(first);
    expect(afterFirstBoot.elections.map((e: any) => e.kind)).toEqual(['primary', 'general']);
    expect(afterFirstBoot.limits).toHaveLength(1);

    // Finance moves the primary and deletes the general; a later boot must not undo it.
    const [primary, general] = afterFirstBoot.elections;
    await first.db.query(ELECTIONS).update({ where: { id: primary.id }, data: { electionDate: '2026-08-11' } });
    await first.db.query(ELECTIONS).delete({ where: { id: general.id } });
    const edited = await configRows(first);
    await stopStrapi(first);

    const second = await bootStrapi(database);
    const afterSecondBoot = await configRows(second);
    await stopStrapi(second);

    expect(afterSecondBoot).toEqual(edited);
    expect(afterSecondBoot.elections.map((e: any) => e.electionDate)).toEqual(['2026-08-11']);
  });
});
