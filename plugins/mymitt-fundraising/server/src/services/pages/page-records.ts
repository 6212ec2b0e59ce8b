import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isUniqueViolation } from '@mymitt/plugin-kit';
import { conflict } from '@mymitt/plugin-kit';
import { firstFreePageSlug, slugFromTitle, SHOWN_GIFT_STATUSES } from '../../domain/fundraising-pages';
import { TABLES as LEDGER_TABLES, totalsFromRow, ZERO_TOTALS, type Knex, type Totals, type TotalsRow } from '../ledger/tables';
import type { DbBoolean, DbCount, DbDate } from '@mymitt/plugin-kit';

export const PAGE_UID = 'plugin::mymitt-fundraising.fundraising-page';
export const PAGE_UPDATE_UID = 'plugin::mymitt-fundraising.fundraising-page-update';
export const TEAM_UID = 'plugin::mymitt-fundraising.fundraising-team';

export const PAGE_TABLES = {
  pages: 'mymitt_fundraising_pages',
  updates: 'mymitt_fundraising_page_updates',
  teams: 'mymitt_fundraising_teams',
} as const;

const SLUG_ATTEMPTS = 5;
/** Public names change rarely: a renamed owner shows under the new name within this time. */
const NAME_TTL_MS = 60_000;
const SHOWN_STATUSES_SQL = SHOWN_GIFT_STATUSES.map((s) => `'${s}'`).join(', ');

/** One gift of a page with its net amount (charges minus refunds and disputes so far). */
export interface PageGift {
  contributionId: number;
  firstName: string | null;
  lastName: string | null;
  anonymous: boolean;
  netCents: number;
  givenAt: string;
}

/** A shown gift with its net so far (contributions joined to their ledger rows). */
interface PageGiftRow {
  id: number;
  first_name: string | null;
  last_name: string | null;
  anonymous: DbBoolean;
  given_at: DbDate;
  net_cents: DbCount;
}

/**
 * Reads shared by pages and teams: ledger figures of pages, public names of owners, and slug-safe
 * inserts. Money figures come from the ledger only (its totals and rows), never from page columns.
 */
export function pageRecords(strapi: Core.Strapi) {
  const knex = (): Knex => strapi.db.connection;
  const nameCache = new Map<number, { name: string; expiresAt: number }>();

  /** Net, raised and gift count of each page, from the ledger totals (scope `page:<id>`). */
  async function totalsOfPages(pageIds: number[]): Promise<Map<number, Totals>> {
    const result = new Map<number, Totals>();
    if (pageIds.length === 0) return result;
    const rows: Array<TotalsRow & { scope: string }> = await knex()(LEDGER_TABLES.totals)
      .whereIn(
        'scope',
        pageIds.map((id) => `page:${id}`)
      )
      .select('scope', 'raised_cents', 'refunded_cents', 'net_cents', 'gift_count');
    for (const row of rows) result.set(Number(String(row.scope).slice(5)), totalsFromRow(row));
    for (const id of pageIds) if (!result.has(id)) result.set(id, { ...ZERO_TOTALS });
    return result;
  }

  /**
   * Distinct donors over the pages' ledger rows whose net is positive (a fully refunded donor no longer
   * counts). A donor is their FEC-03 key; a gift without one counts as its own donor.
   */
  async function donorCount(pageIds: number[]): Promise<number> {
    if (pageIds.length === 0) return 0;
    const donor = `coalesce(donor_key, donor_email_key, ${concat("'contribution:'", 'contribution_id')})`;
    const row = await knex()
      .from(
        knex()(LEDGER_TABLES.ledger)
          .whereIn('page_id', pageIds)
          .select(knex().raw(`${donor} as donor`))
          .groupByRaw(donor)
          .havingRaw('sum(amount_cents) > 0')
          .as('donors')
      )
      .count({ n: '*' })
      .first();
    return Number(row?.n ?? 0);
  }

  /** `a || b` as text on both databases (PostgreSQL needs the integer cast explicitly in some plans). */
  function concat(text: string, column: string) {
    return strapi.db.dialect.client === 'postgres' ? `${text} || cast(${column} as text)` : `${text} || ${column}`;
  }

  /**
   * The page's shown gifts (succeeded or partly refunded), newest first, with their net amounts.
   * `publicOnly` leaves anonymous gifts out entirely (SEC-03: they count in totals only).
   */
  async function giftsOfPage(pageId: number, { limit, publicOnly }: { limit: number; publicOnly: boolean }): Promise<PageGift[]> {
    const query = knex()(`${LEDGER_TABLES.contributions} as c`)
      .join(`${LEDGER_TABLES.ledger} as l`, 'l.contribution_id', 'c.id')
      .where('c.page_id', pageId)
      .whereRaw(`c.status in (${SHOWN_STATUSES_SQL})`)
      .select('c.id', 'c.first_name', 'c.last_name', 'c.anonymous')
      .min({ given_at: 'l.occurred_at' })
      .sum({ net_cents: 'l.amount_cents' })
      .groupBy('c.id', 'c.first_name', 'c.last_name', 'c.anonymous')
      .orderBy('c.id', 'desc')
      .limit(limit);
    if (publicOnly) query.where('c.anonymous', false);
    // A cast, not rowsOf: the page read stays one await (its hot path).
    const rows = (await query) as PageGiftRow[];
    return rows.map((r) => ({
      contributionId: Number(r.id),
      firstName: r.first_name ?? null,
      lastName: r.last_name ?? null,
      anonymous: Boolean(r.anonymous),
      netCents: Number(r.net_cents),
      givenAt: new Date(typeof r.given_at === 'number' ? r.given_at : r.given_at).toISOString(),
    }));
  }

  /** Public names of supporters: their profile's display name when the profiles plugin has one, else their first name. */
  async function publicNames(userIds: number[], now = Date.now()): Promise<Map<number, string>> {
    const names = new Map<number, string>();
    for (const id of new Set(userIds)) {
      const cached = nameCache.get(id);
      if (cached && cached.expiresAt > now) names.set(id, cached.name);
    }
    const unique = [...new Set(userIds)].filter((id) => !names.has(id));
    if (unique.length === 0) return names;
    const profiles = strapi.plugin('mymitt-profiles')?.service('profiles') as
      | { authorCards(ids: number[]): Promise<Map<number, { displayName: string }>> }
      | undefined;
    if (profiles) for (const [id, card] of await profiles.authorCards(unique)) names.set(id, card.displayName);
    const missing = unique.filter((id) => !names.has(id));
    if (missing.length) {
      const users: Array<{ id: number; firstName: string | null }> = await strapi.db
        .query('plugin::users-permissions.user')
        .findMany({ where: { id: { $in: missing } }, select: ['id', 'firstName'] });
      for (const user of users) names.set(user.id, (user.firstName ?? '').trim() || 'A supporter');
    }
    for (const id of unique) {
      if (!names.has(id)) names.set(id, 'A supporter');
      nameCache.set(id, { name: names.get(id)!, expiresAt: now + NAME_TTL_MS });
    }
    if (nameCache.size > 50_000) nameCache.clear();
    return names;
  }

  /** The supporter's profile state (two letters), when the profiles plugin knows one. */
  async function profileState(userId: number): Promise<string | null> {
    const profiles = strapi.plugin('mymitt-profiles')?.service('profiles') as { findByUserId(id: number): Promise<{ state?: unknown } | null> } | undefined;
    const profile = profiles ? await profiles.findByUserId(userId) : null;
    return typeof profile?.state === 'string' && profile.state.length === 2 ? profile.state : null;
  }

  /**
   * Creates a record with a free slug: the asked one (409 when taken) or one made from `title`,
   * retried when a concurrent insert took it first.
   */
  async function createWithSlug<T>(uid: typeof PAGE_UID | typeof TEAM_UID, title: string, askedSlug: string | undefined, data: Record<string, unknown>): Promise<T> {
    const table = uid === TEAM_UID ? PAGE_TABLES.teams : PAGE_TABLES.pages;
    for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt += 1) {
      let slug = askedSlug;
      if (!slug) {
        const base = slugFromTitle(title);
        const taken = await knex()(table).where('slug', 'like', `${base}%`).pluck('slug');
        slug = firstFreePageSlug(base, taken);
      }
      try {
        return (await strapi.db.query(uid).create({ data: { ...data, slug } })) as T;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (askedSlug) throw conflict(`The address "${askedSlug}" is taken. Choose another.`, { code: 'slug_taken', slug: askedSlug });
      }
    }
    throw new errors.ApplicationError('Could not find a free address; try again.');
  }

  return { totalsOfPages, donorCount, giftsOfPage, publicNames, profileState, createWithSlug };
}

export type PageRecords = ReturnType<typeof pageRecords>;
