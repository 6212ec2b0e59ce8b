import type { Core } from '@strapi/strapi';
import { SUPPORTED_LOCALES } from '../domain/locales';

type ContentManagerAction = 'create' | 'read' | 'update' | 'delete' | 'publish';

interface AdminRoleGrant {
  name: string;
  description: string;
  contentTypes: Array<{ subject: string; actions: ContentManagerAction[] }>;
  /** Plugin RBAC actions; an action of a plugin that is not installed is skipped. */
  pluginActions: string[];
}

const MEDIA_LIBRARY = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

export const ADMIN_ROLES: AdminRoleGrant[] = [
  {
    name: 'Web team',
    description: 'Edits and publishes Action Center pages and committee settings; moderates supporter content.',
    contentTypes: [
      { subject: 'api::page.page', actions: ['create', 'read', 'update', 'delete', 'publish'] },
      { subject: 'api::committee-setting.committee-setting', actions: ['read', 'update'] },
      // Store products are content too (texts, translations, images, publishing); prices and stock are the Store manager's.
      { subject: 'plugin::mymitt-store.product', actions: ['create', 'read', 'update', 'publish'] },
      { subject: 'plugin::mymitt-store.variant', actions: ['read'] },
      // The texts of the campaign's emails: edited, never created or deleted (one per notice, seeded by profiles).
      { subject: 'plugin::mymitt-profiles.notice-template', actions: ['read', 'update'] },
    ],
    pluginActions: [
      ...MEDIA_LIBRARY,
      'plugin::mymitt-profiles.read',
      'plugin::mymitt-profiles.reports.read',
      'plugin::mymitt-profiles.moderation.manage',
      'plugin::mymitt-profiles.events.approve',
      'plugin::mymitt-profiles.settings.update',
      'plugin::mymitt-profiles.deliveries.manage',
      'plugin::mymitt-store.read',
    ],
  },
  {
    name: 'Store manager',
    description: 'Edits and publishes store products, variants and sales goals; sees, fulfils and ships orders.',
    contentTypes: [
      { subject: 'plugin::mymitt-store.product', actions: ['create', 'read', 'update', 'delete', 'publish'] },
      { subject: 'plugin::mymitt-store.variant', actions: ['create', 'read', 'update', 'delete'] },
      { subject: 'plugin::mymitt-store.sales-goal', actions: ['create', 'read', 'update', 'delete'] },
    ],
    pluginActions: [
      ...MEDIA_LIBRARY,
      'plugin::mymitt-store.read',
      'plugin::mymitt-store.orders.read',
      'plugin::mymitt-store.orders.manage',
      'plugin::mymitt-store.settings.update',
    ],
  },
  {
    name: 'Finance',
    description: 'Configures elections, limits and fundraising campaigns; sees donor data, refunds and FEC exports.',
    contentTypes: [
      { subject: 'api::committee-setting.committee-setting', actions: ['read'] },
      { subject: 'plugin::mymitt-fundraising.election', actions: ['create', 'read', 'update', 'delete'] },
      { subject: 'plugin::mymitt-fundraising.contribution-limit', actions: ['create', 'read', 'update', 'delete'] },
      { subject: 'plugin::mymitt-fundraising.fundraising-campaign', actions: ['create', 'read', 'update', 'delete'] },
    ],
    pluginActions: [
      'plugin::mymitt-fundraising.read',
      'plugin::mymitt-fundraising.donors.read',
      'plugin::mymitt-fundraising.money.manage',
      'plugin::mymitt-fundraising.exports.read',
      'plugin::mymitt-fundraising.settings.update',
      // Receipts are mail too: Finance sees a failed one and retries it (Supporters → Mail deliveries).
      'plugin::mymitt-profiles.deliveries.manage',
      'plugin::mymitt-store.read',
      'plugin::mymitt-store.orders.read',
      'plugin::mymitt-store.orders.refund',
    ],
  },
  {
    name: 'Call center manager',
    description: 'Imports call lists, builds phone banks and scripts, runs call days and the do-not-call registry.',
    contentTypes: [{ subject: 'plugin::mymitt-callcenter.call-day', actions: ['create', 'read', 'update', 'delete'] }],
    pluginActions: [
      'plugin::mymitt-callcenter.read',
      'plugin::mymitt-callcenter.lists.manage',
      'plugin::mymitt-callcenter.dnc.manage',
      'plugin::mymitt-callcenter.settings.update',
    ],
  },
];

function contentTypePermissions(strapi: Core.Strapi, grant: AdminRoleGrant) {
  const { actionProvider } = strapi.service('admin::permission');
  const contentTypes = strapi.service('admin::content-type');

  return grant.contentTypes.flatMap(({ subject, actions }) =>
    actions.flatMap((verb) => {
      const action = actionProvider.get(`plugin::content-manager.explorer.${verb}`);
      if (!action || !strapi.contentTypes[subject]) return [];
      const [permission] = contentTypes.getPermissionsWithNestedFields([{ ...action, subjects: [subject] }]);
      const isLocalized = (strapi.contentTypes[subject] as any).pluginOptions?.i18n?.localized === true;
      return [{ ...permission, properties: { ...permission.properties, ...(isLocalized && { locales: [...SUPPORTED_LOCALES] }) } }];
    })
  );
}

function pluginPermissions(strapi: Core.Strapi, grant: AdminRoleGrant) {
  const { actionProvider } = strapi.service('admin::permission');
  return grant.pluginActions
    .filter((action) => actionProvider.has(action))
    .map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
}

/**
 * Creates the campaign's admin roles and adds any permission they lack. Never removes one, so
 * what a super admin changes in Settings → Roles stays; booting twice writes nothing.
 */
export async function seedAdminRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  const permissions = strapi.service('admin::permission');

  for (const grant of ADMIN_ROLES) {
    const role = (await roles.findOne({ name: grant.name })) ?? (await roles.create({ name: grant.name, description: grant.description }));
    const existing: Array<{ action: string; subject: string | null }> = await permissions.findMany({ where: { role: { id: role.id } } });
    const missing = [...contentTypePermissions(strapi, grant), ...pluginPermissions(strapi, grant)].filter(
      (wanted) => !existing.some((have) => have.action === wanted.action && (have.subject ?? null) === (wanted.subject ?? null))
    );
    if (missing.length > 0) await roles.addPermissions(role.id, missing);
  }
}
