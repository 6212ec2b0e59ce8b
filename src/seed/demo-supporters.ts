import type { Core } from '@strapi/strapi';

export const DEMO_SUPPORTER_PASSWORD = 'demo-supporter-2012';

const SUPPORTERS = [
  { firstName: 'Maria', lastName: 'Lopez', zip: '89101', email: 'maria.lopez@demo.mymitt.org' },
  { firstName: 'James', lastName: 'Carter', zip: '03301', email: 'james.carter@demo.mymitt.org' },
  { firstName: 'Aisha', lastName: 'Khan', zip: '48201', email: 'aisha.khan@demo.mymitt.org' },
  { firstName: 'Tom', lastName: 'Nguyen', zip: '33101', email: 'tom.nguyen@demo.mymitt.org' },
];

/** A few confirmed supporters who can log in with DEMO_SUPPORTER_PASSWORD. Existing emails are skipped. */
export async function seedDemoSupporters(strapi: Core.Strapi) {
  const users = strapi.db.query('plugin::users-permissions.user');
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  let created = 0;
  for (const supporter of SUPPORTERS) {
    if (await users.findOne({ where: { email: supporter.email } })) continue;
    await strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        ...supporter,
        username: supporter.email,
        password: DEMO_SUPPORTER_PASSWORD,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      });
    created += 1;
  }
  return created;
}

/** The demo supporters' user ids by first name (only those that exist). */
export async function demoSupporterIds(strapi: Core.Strapi): Promise<Record<string, number>> {
  const users = await strapi.db
    .query('plugin::users-permissions.user')
    .findMany({ where: { email: { $in: SUPPORTERS.map((s) => s.email) } }, select: ['id', 'firstName'] });
  return Object.fromEntries(users.map((u: any) => [u.firstName, u.id as number]));
}

/** The demo supporters' names, emails and ZIPs. */
export const DEMO_SUPPORTERS = SUPPORTERS;
