import type { Core } from '@strapi/strapi';
import { TABLES } from '../services/calls/tables';

/**
 * Before Strapi's schema sync creates the unique index `(list_id, leased_by)` (one lease per caller and
 * list, TEL-04) on a database that already has contacts, a caller holding several leases there (the
 * race the index now prevents) would make the sync fail and the app not start: all but one of each
 * caller's leases on a list are handed back first. Nothing matches once the index exists.
 */
export async function releaseDuplicateLeases(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(TABLES.contacts))) return;
  const kept = knex(TABLES.contacts).whereNotNull('leased_by').groupBy('list_id', 'leased_by').max('id');
  const released = await knex(TABLES.contacts)
    .whereNotNull('leased_by')
    .whereNotIn('id', kept)
    .update({ leased_by: null, lease_token: null, lease_expires_at: null });
  if (released) strapi.log.warn(`[mymitt-callcenter] released ${released} duplicate leases before adding the one-lease-per-caller index`);
}
