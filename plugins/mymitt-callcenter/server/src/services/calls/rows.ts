import type { DbBoolean, DbCount, DbDate, DbJson } from '@mymitt/plugin-kit';

/*
 * The rows the call center reads with knex, one type per table as the drivers return them (see the
 * kit's raw-rows). Each table's row becomes the plugin's shape in one mapper beside its service.
 */

/** Columns Strapi keeps on every row. */
interface StrapiColumns {
  id: number;
  document_id: string;
  created_at: DbDate;
  updated_at: DbDate;
  published_at: DbDate | null;
}

export type BankStatus = 'draft' | 'active' | 'paused' | 'done';
export type WhoMayCall = 'any' | 'group' | 'approved';

/** mymitt_phone_banks */
export interface BankRow extends StrapiColumns {
  name: string;
  list_id: number;
  script_en: string | null;
  script_es: string | null;
  questions: DbJson;
  instructions: string | null;
  status: BankStatus;
  who_may_call: WhoMayCall;
  group_slug: string | null;
  goal_completed: number | null;
  recontact_rules: DbJson;
  target_states: DbJson;
}

/** mymitt_call_contacts (the columns the caller loop reads) */
export interface ContactRow extends StrapiColumns {
  list_id: number;
  name: string | null;
  phone: string;
  state: string | null;
  time_zone: string | null;
  language: 'en' | 'es' | null;
  status: 'active' | 'done' | 'dnc' | 'importing';
  attempts: number;
  leased_by: number | null;
  lease_token: string | null;
  lease_expires_at: DbDate | null;
}

/** The leased contact's columns an offer shows (the caller loop's LEASE_COLUMNS). */
export type LeasedContact = Pick<ContactRow, 'id' | 'name' | 'phone' | 'language' | 'lease_token' | 'lease_expires_at'>;

/** mymitt_call_lists */
export interface ListRow {
  id: number;
  name: string;
  description: string | null;
}

/** mymitt_phone_bank_callers */
export interface BankCallerRow extends StrapiColumns {
  phone_bank_id: number;
  user_id: number;
  status: 'requested' | 'approved' | 'revoked';
  requested_at: DbDate | null;
  decided_at: DbDate | null;
  decided_by_admin_id: number | null;
}

/** mymitt_call_days */
export interface CallDayRow extends StrapiColumns {
  name: string;
  name_es: string | null;
  slug: string;
  description: string | null;
  description_es: string | null;
  starts_at: DbDate;
  ends_at: DbDate;
  goal_calls: number | string | null;
  phone_bank_ids: DbJson;
  status: 'draft' | 'published';
}

/** mymitt_call_day_participants */
export interface ParticipantRow extends StrapiColumns {
  call_day_id: number;
  user_id: number;
  state: string | null;
  show_on_leaderboard: DbBoolean;
  joined_at: DbDate;
}

/** mymitt_dnc_entries */
export interface DncRow extends StrapiColumns {
  phone: string;
  reason: string | null;
  source: 'result' | 'manager' | 'import';
  active: DbBoolean;
}

/** A `select x, count(*) as count … group by x` row. */
export type CountRow<Columns> = Columns & { count: DbCount };
