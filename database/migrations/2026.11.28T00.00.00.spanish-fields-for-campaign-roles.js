'use strict';
/**
 * Issue 13 added Spanish fields that staff write: elections' and fundraising drives' `nameEs` (Finance),
 * call days' `nameEs` and `descriptionEs` (Call center manager). The app's role seeding adds permissions a
 * role lacks but never widens an existing one (that would undo what a super admin narrowed), so on a
 * database that already had these roles the new fields were not editable. This grants them once, to the
 * seeded roles' create/read/update permissions of those content types that list their fields.
 * On a fresh database the tables do not exist yet: nothing to do (the seeding grants every field).
 */
const GRANTS = [
  { role: 'Finance', subject: 'plugin::mymitt-fundraising.election', fields: ['nameEs'] },
  { role: 'Finance', subject: 'plugin::mymitt-fundraising.fundraising-campaign', fields: ['nameEs'] },
  { role: 'Call center manager', subject: 'plugin::mymitt-callcenter.call-day', fields: ['nameEs', 'descriptionEs'] },
];
const ACTIONS = ['create', 'read', 'update'].map((verb) => `plugin::content-manager.explorer.${verb}`);

const parse = (value) => (typeof value === 'string' ? JSON.parse(value || '{}') : (value ?? {}));

async function up(knex) {
  const tables = ['admin_roles', 'admin_permissions', 'admin_permissions_role_lnk'];
  for (const table of tables) if (!(await knex.schema.hasTable(table))) return;

  for (const { role, subject, fields } of GRANTS) {
    const rows = await knex('admin_permissions as p')
      .join('admin_permissions_role_lnk as l', 'l.permission_id', 'p.id')
      .join('admin_roles as r', 'r.id', 'l.role_id')
      .where('r.name', role)
      .where('p.subject', subject)
      .whereIn('p.action', ACTIONS)
      .select('p.id', 'p.properties');
    for (const row of rows) {
      const properties = parse(row.properties);
      if (!Array.isArray(properties.fields)) continue;
      const missing = fields.filter((field) => !properties.fields.includes(field));
      if (!missing.length) continue;
      properties.fields = [...properties.fields, ...missing];
      await knex('admin_permissions')
        .where('id', row.id)
        .update({ properties: JSON.stringify(properties) });
    }
  }
}

module.exports = { up };
