import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { bootStrapi, stopStrapi } from '../../helpers/strapi';

/** Every permission and role row the boot seeds, in a stable order. */
async function seededRows(strapi: Core.Strapi) {
  const supporterPermissions = await strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ select: ['id', 'action'], populate: { role: { select: ['type'] } }, orderBy: { id: 'asc' } });
  const adminRoles = await strapi.db.query('admin::role').findMany({ select: ['id', 'name', 'code'], orderBy: { id: 'asc' } });
  const adminPermissions = await strapi.db
    .query('admin::permission')
    .findMany({ select: ['id', 'action', 'subject'], populate: { role: { select: ['name'] } }, orderBy: { id: 'asc' } });
  const locales = await strapi.db.query('plugin::i18n.locale').findMany({ select: ['code'], orderBy: { id: 'asc' } });
  const committeeSettings = await strapi.db.query('api::committee-setting.committee-setting').count();
  return { supporterPermissions, adminRoles, adminPermissions, locales, committeeSettings };
}

describe('boot-time seeding', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('booting twice leaves roles, permissions, locales and settings rows unchanged', async () => {
    const first = await bootStrapi(database);
    const afterFirstBoot = await seededRows(first);
    await stopStrapi(first);

    const second = await bootStrapi(database);
    const afterSecondBoot = await seededRows(second);
    await stopStrapi(second);

    expect(afterFirstBoot.supporterPermissions.length).toBeGreaterThan(10);
    expect(afterFirstBoot.adminRoles.map((r: any) => r.name)).toEqual(
      expect.arrayContaining(['Super Admin', 'Web team', 'Finance', 'Call center manager'])
    );
    expect(afterFirstBoot.locales.map((l: any) => l.code).sort()).toEqual(['en', 'es']);
    expect(afterFirstBoot.committeeSettings).toBe(1);
    expect(afterSecondBoot).toEqual(afterFirstBoot);
  });
});
