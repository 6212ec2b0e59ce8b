import { randomUUID } from 'crypto';
import type { TestApp } from './strapi';

export interface SignedInAdmin {
  id: number;
  email: string;
  token: string;
}

/**
 * Creates an active admin user in a role (by name, e.g. "Web team"; default the super admin)
 * and logs in through the admin API to get a real admin JWT.
 */
export async function signInAdmin(app: TestApp, roleName?: string): Promise<SignedInAdmin> {
  const roles = app.strapi.service('admin::role');
  const role = roleName ? await roles.findOne({ name: roleName }) : await roles.getSuperAdmin();
  if (!role) throw new Error(`admin role not found: ${roleName ?? 'Super Admin'}`);

  const email = `staff-${randomUUID().slice(0, 8)}@campaign.test`;
  const password = `Staff-password-${randomUUID().slice(0, 8)}1`;
  const user = await app.strapi.service('admin::user').create({
    email,
    firstname: 'Campaign',
    lastname: 'Staff',
    password,
    isActive: true,
    roles: [role.id],
  });

  const res = await app.http().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: user.id, email, token: res.body.data.token };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
