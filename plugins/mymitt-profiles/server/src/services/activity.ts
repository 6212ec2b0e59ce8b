import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { pointsSql } from '../domain/points-sql';
import { activitiesFor, type ActivityDraft, type DomainEventPayload } from '../domain/activity-sources';
import { computeLevel, levelForPoints, windowStart, type KindTotal } from '../domain/activity-level';
import { earnedBadges } from '../domain/badges';
import { MAX_LEVEL, type ProfilesSettings } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import { createTickBatcher, createTtlCache, rowCount, rowsOf, type DbCount } from '@mymitt/plugin-kit';

/** Leaderboards rank the recent window; a minute of staleness is invisible there and saves the database. */
export const LEADERBOARD_TTL_SECONDS = 30;

export const ACTIVITY_UID = 'plugin::mymitt-profiles.activity';
const ACTIVITIES = 'mymitt_activities';
const PROFILES = 'mymitt_profiles';

export interface LeaderboardOptions {
  state?: string;
  offset: number;
  limit: number;
}

export interface LeaderboardPage {
  entries: LeaderboardEntry[];
  /** Supporters on the whole board (all pages). */
  total: number;
}

export interface LeaderboardEntry {
  rank: number;
  displayName: string;
  slug: string;
  state: string | null;
  level: number;
  points: number;
}

const activity = ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.plugin(PLUGIN_ID).service('settings').get() as Promise<ProfilesSettings>;
  const knex = () => strapi.db.connection;

  /**
   * Activity rows of every event heard in one turn of the event loop, in one raw multi-row insert (it
   * runs after every gift, call and RSVP); a replayed event meets the unique source key and adds nothing.
   */
  const insertActivities = createTickBatcher(async (batches: Array<{ drafts: ActivityDraft[]; now: Date }>) => {
    const rows = batches.flatMap(({ drafts, now }) =>
      drafts.map((draft) => ({
        document_id: randomBytes(12).toString('hex'),
        created_at: now,
        updated_at: now,
        published_at: now,
        user_id: draft.userId,
        kind: draft.kind,
        source_key: draft.sourceKey,
        quantity: draft.sign,
        amount_cents: draft.sign * draft.amountCents,
        occurred_at: draft.occurredAt,
      }))
    );
    const inserted = await knex()(ACTIVITIES).insert(rows).onConflict('source_key').ignore().returning('source_key');
    const added = new Set((inserted as Array<{ source_key: string } | string>).map((row) => String(typeof row === 'object' ? row.source_key : row)));
    // Each caller hears how many of its own rows were new (a key twice in one turn counts once).
    return batches.map(({ drafts }) => drafts.reduce((count, draft) => (added.delete(draft.sourceKey) ? count + 1 : count), 0));
  });
  const leaderboards = createTtlCache<LeaderboardPage>(LEADERBOARD_TTL_SECONDS * 1000);

  /** Per-kind totals of a supporter's activity, from `since` on (all time when null). */
  async function totalsFor(userId: number, since: Date | null): Promise<KindTotal[]> {
    const query = knex()(ACTIVITIES)
      .select('kind')
      .sum({ count: 'quantity', amountCents: 'amount_cents' })
      .where('user_id', userId)
      .groupBy('kind');
    if (since) query.where('occurred_at', '>=', since);
    const rows = await rowsOf<{ kind: string; count: DbCount; amountCents: DbCount }>(query);
    return rows.map((r) => ({ kind: r.kind, count: Number(r.count), amountCents: Number(r.amountCents) }));
  }

  return {
    /**
     * Records the activity one domain event stands for. Each row's sourceKey is unique, so an event
     * delivered twice (or concurrently) is recorded once. Returns the number of new rows.
     */
    /** Turns one domain event into its activity rows (once per source key); returns how many were new. */
    async record(eventName: string, payload: DomainEventPayload, now = new Date()): Promise<number> {
      const drafts = activitiesFor(eventName, payload, now);
      if (!drafts.length) return 0;
      return insertActivities({ drafts, now });
    },

    /** A supporter's level over the recent window with its breakdown, and their lifetime badges. */
    async standingOf(userId: number, now = new Date()) {
      const { activityWindowDays, pointsPerLevel, activityWeights, badgeLadders } = await settings();
      const since = windowStart(now, activityWindowDays);
      const level = computeLevel(await totalsFor(userId, since), { pointsPerLevel, maxLevel: MAX_LEVEL, weights: activityWeights });
      const badges = earnedBadges(badgeLadders, await totalsFor(userId, null));
      return { ...level, maxLevel: MAX_LEVEL, windowDays: activityWindowDays, windowStartsAt: since.toISOString(), badges };
    },

    /** The leaderboard as the public sees it: computed at most once per TTL per state and page. */
    cachedLeaderboard(options: LeaderboardOptions): Promise<LeaderboardPage> {
      return leaderboards.get(`${options.state ?? '*'}:${options.offset}:${options.limit}`, () => this.leaderboard(options));
    },

    /** Top supporters by recent points among those who opted in (and whose profile is not private). */
    async leaderboard({ state, offset, limit }: LeaderboardOptions, now = new Date()): Promise<LeaderboardPage> {
      const { activityWindowDays, pointsPerLevel, activityWeights } = await settings();
      const points = pointsSql(activityWeights);
      const board = () => {
        const query = knex()(`${ACTIVITIES} as a`)
          .join(`${PROFILES} as p`, 'p.user_id', 'a.user_id')
          .where('a.occurred_at', '>=', windowStart(now, activityWindowDays))
          .where('p.leaderboard_opt_in', true)
          .whereNot('p.visibility', 'private')
          .groupBy('p.id', 'p.display_name', 'p.slug', 'p.state')
          .havingRaw(`${points.sql} > 0`, points.bindings);
        if (state) query.where('p.state', state);
        return query;
      };
      const [rows, [counted]] = await Promise.all([
        rowsOf<{ displayName: string; slug: string; state: string | null; points: DbCount }>(
          board()
          .select('p.display_name as displayName', 'p.slug as slug', 'p.state as state')
          .select(knex().raw(`${points.sql} as points`, points.bindings))
          .orderBy([
            { column: 'points', order: 'desc' },
            { column: 'p.id', order: 'asc' },
          ])
          .offset(offset)
          .limit(limit)
        ),
        rowsOf<{ total: DbCount }>(knex().count({ total: '*' }).from(board().select('p.id').as('board'))),
      ]);
      const entries = rows.map((row, index) => ({
        rank: offset + index + 1,
        displayName: row.displayName,
        slug: row.slug,
        state: row.state,
        points: Number(row.points),
        level: levelForPoints(Number(row.points), { pointsPerLevel, maxLevel: MAX_LEVEL }),
      }));
      return { entries, total: rowCount(counted.total) };
    },
  };
};

export default activity;
