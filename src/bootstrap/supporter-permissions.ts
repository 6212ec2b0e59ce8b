import type { Core } from '@strapi/strapi';

const PERMISSION = 'plugin::users-permissions.permission';
const ROLE = 'plugin::users-permissions.role';

/** The app's own content-api actions; each MyMitt plugin adds its own through its `access` service. */
const APP_PUBLIC_ACTIONS = [
  'api::page.page.find',
  'api::page.page.findOne',
  'api::page.page.findBySlug',
  'api::committee-setting.committee-setting.find',
  'plugin::users-permissions.auth.register',
  'plugin::users-permissions.auth.callback',
  'plugin::users-permissions.auth.forgotPassword',
  'plugin::users-permissions.auth.resetPassword',
  'plugin::users-permissions.auth.emailConfirmation',
  'plugin::users-permissions.auth.sendEmailConfirmation',
];

const APP_SUPPORTER_ACTIONS = [
  'api::page.page.find',
  'api::page.page.findOne',
  'api::page.page.findBySlug',
  'api::committee-setting.committee-setting.find',
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.changePassword',
  // The language of my campaign emails (src/api/account): my own account only.
  'api::account.preferences.find',
  'api::account.preferences.update',
];

export const MYMITT_PLUGINS = ['mymitt-profiles', 'mymitt-fundraising', 'mymitt-callcenter', 'mymitt-store'] as const;

interface PluginAccess {
  publicActions(): string[];
  supporterActions(): string[];
}

function pluginAccess(strapi: Core.Strapi): PluginAccess[] {
  return MYMITT_PLUGINS.map((name) => strapi.plugin(name)?.service('access') as PluginAccess | undefined).filter(
    (access): access is PluginAccess => Boolean(access)
  );
}

/** Grants an action to a role unless it already has it. Serial on purpose: SQLite has one writer. */
async function grant(strapi: Core.Strapi, roleId: number, actions: string[]) {
  for (const action of new Set(actions)) {
    const existing = await strapi.db.query(PERMISSION).findOne({ where: { action, role: roleId } });
    if (!existing) await strapi.db.query(PERMISSION).create({ data: { action, role: roleId } });
  }
}

/**
 * Public may read published content and register; Authenticated gets the supporter actions.
 * Additive and idempotent: booting twice writes nothing new, and grants an admin added stay.
 */
export async function seedSupporterPermissions(strapi: Core.Strapi) {
  const roles = strapi.db.query(ROLE);
  const publicRole = await roles.findOne({ where: { type: 'public' } });
  const supporterRole = await roles.findOne({ where: { type: 'authenticated' } });
  if (!publicRole || !supporterRole) throw new Error('users-permissions roles are missing: cannot seed permissions');

  const plugins = pluginAccess(strapi);
  await grant(strapi, publicRole.id, [...APP_PUBLIC_ACTIONS, ...plugins.flatMap((p) => p.publicActions())]);
  await grant(strapi, supporterRole.id, [...APP_SUPPORTER_ACTIONS, ...plugins.flatMap((p) => p.supporterActions())]);
}
