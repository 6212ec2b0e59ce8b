import type { Core } from '@strapi/strapi';

/**
 * A super admin from ADMIN_EMAIL / ADMIN_PASSWORD. Outside production, falls back to a documented
 * local login so a newcomer can open /admin at once; production requires both variables.
 */
export async function seedDemoAdmin(strapi: Core.Strapi, env: NodeJS.ProcessEnv) {
  const isProduction = env.NODE_ENV === 'production';
  const email = env.ADMIN_EMAIL || (isProduction ? undefined : 'admin@mymitt.local');
  const password = env.ADMIN_PASSWORD || (isProduction ? undefined : 'MyMitt-admin-2012');
  if (!email || !password) throw new Error('Set ADMIN_EMAIL and ADMIN_PASSWORD to seed an admin user in production.');

  if (await strapi.db.query('admin::user').findOne({ where: { email: email.toLowerCase() } })) return { email, created: false };

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email: email.toLowerCase(),
    firstname: 'Campaign',
    lastname: 'Admin',
    password,
    isActive: true,
    roles: [superAdmin.id],
  });
  return { email, created: true };
}
