import type { Core } from '@strapi/strapi';
import { pointsSql } from '../../domain/points-sql';
import { csvLine, rowCount, rowDate, rowsOf, type DbCount, type DbDate } from '@mymitt/plugin-kit';
import { MAX_LEVEL, type ProfilesSettings } from '../../config';
import { ACTIVITY_KINDS } from '../../domain/activity-sources';
import { levelForPoints, windowStart } from '../../domain/activity-level';
import { firstWeekStart, signUpsByWeek, type DailyCount } from '../../domain/sign-up-weeks';
import { PLUGIN_ID } from '../../plugin-id';
import type { SupportersReportQuery, SuperVolunteersQuery } from '../../validators/reports';
import type { SuperVolunteer, SupportersReport } from '../../../../shared/contracts/reports';

const ACTIVITIES = 'mymitt_activities';
const PROFILES = 'mymitt_profiles';
const USERS = 'up_users';
const DAY_MS = 24 * 60 * 60 * 1000;

/** One ranked supporter of the super-volunteer query (activities joined to profiles and users). */
interface SuperVolunteerRow {
  userId: number;
  displayName: string;
  slug: string;
  state: string | null;
  city: string | null;
  email: string | null;
  points: DbCount;
  lastActiveAt: DbDate | null;
}

const CSV_COLUMNS = ['rank', 'displayName', 'slug', 'state', 'city', 'email', 'level', 'points', 'lastActiveAt', ...ACTIVITY_KINDS];

/**
 * Staff reports over supporters and their activity. These read every profile, private ones and those
 * not on the public leaderboard included, and may show emails: the routes are admin-only (RBAC).
 */
const reports = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const settings = () => strapi.plugin(PLUGIN_ID).service('settings').get() as Promise<ProfilesSettings>;

  /**
   * The UTC day of `created_at`. SQLite stores Strapi datetimes as epoch milliseconds; PostgreSQL
   * columns are `timestamp without time zone` holding the server's wall time (UTC on our servers).
   */
  const createdDaySql = () =>
    strapi.db.dialect.client === 'postgres'
      ? `to_char(created_at, 'YYYY-MM-DD')`
      : `CASE WHEN typeof(created_at) = 'integer' THEN date(created_at / 1000, 'unixepoch') ELSE date(created_at) END`;

  return {
    /** Supporter totals: all, new this week, by state and new sign-ups per week (last `weeks`, oldest first). */
    async supporters({ weeks }: SupportersReportQuery, now = new Date()): Promise<SupportersReport> {
      const since = firstWeekStart(now, weeks);
      const [[{ total }], [{ recent }], states, days] = await Promise.all([
        knex()(PROFILES).count({ total: '*' }),
        knex()(PROFILES)
          .count({ recent: '*' })
          .where('created_at', '>=', new Date(now.getTime() - 7 * DAY_MS)),
        knex()(PROFILES).select('state').count({ count: '*' }).groupBy('state'),
        knex()(PROFILES)
          .select(knex().raw(`${createdDaySql()} as day`))
          .count({ count: '*' })
          .where('created_at', '>=', since)
          .groupByRaw(createdDaySql()),
      ]);

      const byState = new Map<string, number>();
      for (const row of states as Array<{ state: string | null; count: unknown }>) {
        const state = row.state ? row.state : 'unknown';
        byState.set(state, (byState.get(state) ?? 0) + Number(row.count));
      }
      const daily: DailyCount[] = (days as Array<{ day: string; count: unknown }>).map((row) => ({
        day: String(row.day),
        count: Number(row.count),
      }));

      return {
        total: Number(total),
        newLast7Days: Number(recent),
        byState: [...byState]
          .map(([state, count]) => ({ state, count }))
          .sort((a, b) => b.count - a.count || a.state.localeCompare(b.state)),
        byWeek: signUpsByWeek(daily, now, weeks),
      };
    },

    /**
     * The super-volunteer finder: every supporter ranked by points inside the activity window, with
     * email, level and per-kind counts. `kind` counts that kind's points only; `state` filters profiles.
     */
    async superVolunteers({ state, kind, limit }: SuperVolunteersQuery, now = new Date()) {
      const { activityWindowDays, pointsPerLevel, activityWeights } = await settings();
      const since = windowStart(now, activityWindowDays);
      const points = pointsSql(activityWeights);

      const query = knex()(`${ACTIVITIES} as a`)
        .join(`${PROFILES} as p`, 'p.user_id', 'a.user_id')
        .leftJoin(`${USERS} as u`, 'u.id', 'p.user_id')
        .select('p.user_id as userId', 'p.display_name as displayName', 'p.slug as slug', 'p.state as state', 'p.city as city')
        .select('u.email as email')
        .select(knex().raw(`${points.sql} as points`, points.bindings))
        .max({ lastActiveAt: 'a.occurred_at' })
        .where('a.occurred_at', '>=', since)
        .groupBy('p.id', 'p.user_id', 'p.display_name', 'p.slug', 'p.state', 'p.city', 'u.email')
        .havingRaw(`${points.sql} > 0`, points.bindings)
        .orderBy([
          { column: 'points', order: 'desc' },
          { column: 'p.id', order: 'asc' },
        ])
        .limit(limit);
      if (state) query.where('p.state', state);
      if (kind) query.where('a.kind', kind);
      const rows = await rowsOf<SuperVolunteerRow>(query);

      const breakdowns = new Map<number, Record<string, number>>();
      if (rows.length > 0) {
        const counts = knex()(ACTIVITIES)
          .select('user_id as userId', 'kind')
          .sum({ count: 'quantity' })
          .whereIn(
            'user_id',
            rows.map((row) => row.userId)
          )
          .where('occurred_at', '>=', since)
          .groupBy('user_id', 'kind');
        if (kind) counts.where('kind', kind);
        for (const row of (await counts) as Array<{ userId: number; kind: string; count: DbCount }>) {
          const count = rowCount(row.count);
          if (count === 0) continue;
          const userId = Number(row.userId);
          breakdowns.set(userId, { ...breakdowns.get(userId), [row.kind]: count });
        }
      }

      const superVolunteers: SuperVolunteer[] = rows.map((row, index) => {
        const rowPoints = Number(row.points);
        return {
          rank: index + 1,
          displayName: row.displayName,
          slug: row.slug,
          state: row.state ?? null,
          city: row.city ?? null,
          email: row.email ?? null,
          level: levelForPoints(rowPoints, { pointsPerLevel, maxLevel: MAX_LEVEL }),
          points: rowPoints,
          breakdown: breakdowns.get(Number(row.userId)) ?? {},
          lastActiveAt: rowDate(row.lastActiveAt)?.toISOString() ?? null,
        };
      });
      return { superVolunteers, windowDays: activityWindowDays };
    },

    /** The super-volunteer report as CSV: one column per activity kind; text cells are formula-safe. */
    superVolunteersCsv(superVolunteers: SuperVolunteer[]): string {
      const records = superVolunteers.map((row) => [
        row.rank,
        row.displayName,
        row.slug,
        row.state ?? '',
        row.city ?? '',
        row.email ?? '',
        row.level,
        row.points,
        row.lastActiveAt ?? '',
        ...ACTIVITY_KINDS.map((k) => row.breakdown[k] ?? 0),
      ]);
      // The kit's writer: RFC 4180 lines (CRLF), text cells formula-safe, numbers (rank, points) as numbers.
      return [CSV_COLUMNS, ...records].map(csvLine).join('');
    },
  };
};

export default reports;
