import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { afterCommit, publishDomainEvent, conflict, createTtlCache, filterValue, type ListQuery } from '@mymitt/plugin-kit';
import { countOf, orderList, whereFilters } from '../../utils/list-sql';
import { CONVERSATION_DISPOSITIONS } from '../../domain/dispositions';
import { coversBank, isLive, localizedText, percentOf, shortName, type Locale } from '../../domain/call-day';
import { profilesLink } from '../../utils/profiles';
import { getService } from '../../utils/get-service';
import { conversationsClause, conversationsSql } from '../calls/caller-stats';
import { TABLES, insertedId, parseJson, strapiRowColumns, toDate, type Knex } from '../calls/tables';
import type { CallDayRow, ParticipantRow } from '../calls/rows';
import type { JoinCallDayBody } from '../../validators/call-days';
import type { DbCount } from '@mymitt/plugin-kit';

/** The sums of call results a day's progress and leaderboard read. */
type Counts = { calls: DbCount; conversations: DbCount; volunteers: DbCount };

/** How long a progress or leaderboard answer is reused (the routes advertise the same to CDNs). */
export const CALL_DAY_CACHE_SECONDS = 5;
/** The upcoming list's fields (filters and sort) and their columns. */
const DAY_COLUMNS = { startsAt: 'starts_at', endsAt: 'ends_at', name: 'name' };
/** Published days as the result path sees them: a manager's edit clears it (lifecycles), other instances within this. */
const PUBLISHED_DAYS_CACHE_MS = 2_000;
const MAX_JOINED_KEYS = 100_000;
const USER_UID = 'plugin::users-permissions.user';

interface CallDay {
  id: number;
  name: string;
  nameEs: string | null;
  slug: string;
  description: string | null;
  descriptionEs: string | null;
  startsAt: Date;
  endsAt: Date;
  goalCalls: number | null;
  phoneBankIds: number[];
}

function dayOf(row: CallDayRow): CallDay {
  return {
    id: row.id,
    name: row.name,
    nameEs: row.name_es ?? null,
    slug: row.slug,
    description: row.description ?? null,
    descriptionEs: row.description_es ?? null,
    startsAt: toDate(row.starts_at)!,
    endsAt: toDate(row.ends_at)!,
    goalCalls: row.goal_calls === null || row.goal_calls === undefined ? null : Number(row.goal_calls),
    phoneBankIds: parseJson<unknown[]>(row.phone_bank_ids, [])
      .map(Number)
      .filter((id) => Number.isInteger(id) && id > 0),
  };
}

/** A day's staff-written texts in `locale`; Spanish that staff did not write is the English text, flagged. */
export function dayTexts(day: Pick<CallDay, 'name' | 'nameEs' | 'description' | 'descriptionEs'>, locale: Locale) {
  const name = localizedText(day.name, day.nameEs, locale);
  const description = localizedText(day.description, day.descriptionEs, locale);
  return { name: name.text!, description: description.text, localeFallback: name.fallback || description.fallback };
}

const publicDay = (day: CallDay, now: Date, locale: Locale) => {
  const { name, description, localeFallback } = dayTexts(day, locale);
  return {
    name,
    slug: day.slug,
    description,
    startsAt: day.startsAt.toISOString(),
    endsAt: day.endsAt.toISOString(),
    goalCalls: day.goalCalls,
    isLive: isLive(day, now),
    localeFallback,
  };
};

function participantView(row: ParticipantRow) {
  return { state: row.state ?? null, showOnLeaderboard: Boolean(row.show_on_leaderboard), joinedAt: toDate(row.joined_at)!.toISOString() };
}

/**
 * Call days: the public list, live progress and leaderboard (aggregated from call results inside the
 * day's window and banks, cached a few seconds, no personal data), and who joined (explicitly, or on
 * their first result of a live day). The first join announces `mymitt.callday.joined` after commit.
 */
const callDays = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const now = () => getService('clock').now();
  const profiles = profilesLink(strapi);
  /** Per slug, whatever the locale: the texts are put in the asked locale when answering. */
  const progressCache = createTtlCache<{ day: CallDay; totals: Record<string, unknown> }>(CALL_DAY_CACHE_SECONDS * 1000);
  const leaderboardCache = createTtlCache<{
    day: Pick<CallDay, 'slug' | 'name' | 'nameEs'>;
    callers: Array<Record<string, unknown>>;
    total: number;
  }>(CALL_DAY_CACHE_SECONDS * 1000);
  const publishedDays = createTtlCache<CallDay[]>(PUBLISHED_DAYS_CACHE_MS);
  /** `dayId:userId` of participants known to this process: their later results need no lookup. */
  const joinedKeys = new Set<string>();
  const remember = (dayId: number, userId: number) => {
    if (joinedKeys.size >= MAX_JOINED_KEYS) joinedKeys.clear();
    joinedKeys.add(`${dayId}:${userId}`);
  };

  async function publishedDay(slug: string): Promise<CallDay> {
    const row: CallDayRow | undefined = await knex()(TABLES.callDays).where({ slug, status: 'published' }).first();
    if (!row) throw new errors.NotFoundError('No such call day', { code: 'call_day_not_found' });
    return dayOf(row);
  }

  /** Call results counted for a day: made inside its window (end exclusive), in its banks. */
  function resultsOf(day: CallDay) {
    const query = knex()(`${TABLES.results} as r`).where('r.created_at', '>=', day.startsAt).where('r.created_at', '<', day.endsAt);
    if (day.phoneBankIds.length) query.whereIn('r.phone_bank_id', day.phoneBankIds);
    return query;
  }

  const counts = () => ({
    calls: knex().raw('count(*)'),
    conversations: conversationsSql(knex(), 'r.disposition'),
    volunteers: knex().raw('count(distinct r.caller_user_id)'),
  });

  /**
   * Adds the caller to the day unless they are in it (inside `db`, which may be a transaction); the new
   * row's id when this call created it. Concurrent first joins make one row (unique day + user).
   */
  async function addParticipant(
    db: Knex,
    day: { id: number },
    userId: number,
    values: { state: string | null; showOnLeaderboard: boolean }
  ) {
    const at = now();
    const inserted = await db(TABLES.participants)
      .insert({
        ...strapiRowColumns(at),
        call_day_id: day.id,
        user_id: userId,
        state: values.state,
        show_on_leaderboard: values.showOnLeaderboard,
        joined_at: at,
      })
      .onConflict(['call_day_id', 'user_id'])
      .ignore()
      .returning('id');
    if (!inserted.length) return null;
    const participantId = insertedId(inserted);
    await publishDomainEvent(strapi, 'mymitt.callday.joined', { sourceId: participantId, userId, occurredAt: at.toISOString() });
    return participantId;
  }

  async function defaultsFor(userId: number) {
    const profile = await profiles.profileOf(userId);
    return { state: profile?.state ?? null, showOnLeaderboard: profile?.leaderboardOptIn ?? false };
  }

  async function publicNames(userIds: number[]) {
    const names = await profiles.displayNames(userIds);
    const missing = userIds.filter((id) => !names.has(id));
    if (missing.length) {
      const users: Array<{ id: number; firstName: string | null; lastName: string | null }> = await strapi.db
        .query(USER_UID)
        .findMany({ where: { id: { $in: missing } }, select: ['id', 'firstName', 'lastName'] });
      for (const user of users) names.set(Number(user.id), shortName(user.firstName, user.lastName));
    }
    return names;
  }

  return {
    /** Published days not yet over, soonest first unless sorted otherwise; one page of them and their total. */
    async upcoming(list: ListQuery) {
      const at = now();
      const days = whereFilters(
        knex()(TABLES.callDays).where({ status: 'published' }).where('ends_at', '>', at),
        list.filters,
        DAY_COLUMNS
      );
      const live = filterValue<boolean>(list, 'isLive');
      if (live === true) days.where('starts_at', '<=', at);
      if (live === false) days.where('starts_at', '>', at);
      const [rows, total]: [CallDayRow[], number] = await Promise.all([
        orderList(days.clone(), list.sort, DAY_COLUMNS, 'id').offset(list.offset).limit(list.limit),
        list.withCount ? countOf(days) : Promise.resolve(0),
      ]);
      return { days: rows.map((row) => publicDay(dayOf(row), at, (list.locale as Locale | undefined) ?? 'en')), total };
    },

    /** Live totals of a published day, its texts in `locale`; one aggregate per slug and few seconds however many ask. */
    async progress(slug: string, locale: Locale = 'en') {
      const { day, totals } = await progressCache.get(slug, async () => {
        const day = await publishedDay(slug);
        const [sums]: Counts[] = await resultsOf(day).select(counts());
        const byState: Array<Counts & { state: string }> = await resultsOf(day)
          .join(`${TABLES.participants} as p`, function () {
            this.on('p.user_id', '=', 'r.caller_user_id').andOnVal('p.call_day_id', '=', day.id);
          })
          .whereNotNull('p.state')
          .groupBy('p.state')
          .orderBy('p.state')
          .select({ state: 'p.state', ...counts() });
        const calls = Number(sums?.calls ?? 0);
        const states = byState.map((row) => String(row.state));
        const totals = {
          calls,
          conversations: Number(sums?.conversations ?? 0),
          volunteers: Number(sums?.volunteers ?? 0),
          percentOfGoal: percentOf(calls, day.goalCalls),
          statesCount: states.length,
          states,
          byState: byState.map((row) => ({
            state: String(row.state),
            calls: Number(row.calls),
            conversations: Number(row.conversations),
            volunteers: Number(row.volunteers),
          })),
        };
        return { day, totals };
      });
      return { ...publicDay(day, now(), locale), ...totals };
    },

    /**
     * Callers of the day among those who chose to be shown, by calls then conversations (or the list's
     * sort), one page; public names only. `rank` is the place in that order (within a state when filtered).
     * Each slug and page is computed once per few seconds however many ask.
     */
    async leaderboard(slug: string, list: ListQuery) {
      const key = JSON.stringify([slug, list.offset, list.limit, list.sort, list.filters, list.withCount]);
      const board = await leaderboardCache.get(key, async () => {
        const day = await publishedDay(slug);
        const shown = whereFilters(
          resultsOf(day).join(`${TABLES.participants} as p`, function () {
            this.on('p.user_id', '=', 'r.caller_user_id')
              .andOnVal('p.call_day_id', '=', day.id)
              .andOnVal('p.show_on_leaderboard', '=', true);
          }),
          list.filters,
          { state: 'p.state' }
        );
        const ranked = shown
          .clone()
          .groupBy('r.caller_user_id', 'p.state')
          .select({
            userId: 'r.caller_user_id',
            state: 'p.state',
            calls: knex().raw('count(*)'),
            conversations: conversationsSql(knex(), 'r.disposition'),
          });
        for (const { field, order } of list.sort) {
          if (field === 'calls') ranked.orderByRaw(`count(*) ${order}`);
          else ranked.orderByRaw(`${conversationsClause('r.disposition')} ${order}`, [...CONVERSATION_DISPOSITIONS]);
        }
        const [rows, total]: [Array<Omit<Counts, 'volunteers'> & { userId: number; state: string | null }>, number] = await Promise.all([
          ranked.orderBy('r.caller_user_id').offset(list.offset).limit(list.limit),
          list.withCount
            ? shown
                .clone()
                .countDistinct({ n: 'r.caller_user_id' })
                .then(([row]: Array<{ n?: DbCount }>) => Number(row?.n ?? 0))
            : 0,
        ]);
        const names = await publicNames(rows.map((row) => Number(row.userId)));
        return {
          day: { slug: day.slug, name: day.name, nameEs: day.nameEs },
          callers: rows.map((row, i) => ({
            rank: list.offset + i + 1,
            name: names.get(Number(row.userId)) ?? 'Volunteer',
            state: row.state ?? null,
            calls: Number(row.calls),
            conversations: Number(row.conversations),
          })),
          total,
        };
      });
      const name = localizedText(board.day.name, board.day.nameEs, (list.locale as Locale | undefined) ?? 'en');
      return { slug: board.day.slug, name: name.text!, localeFallback: name.fallback, callers: board.callers, total: board.total };
    },

    /**
     * A supporter joins a day that is not over. State defaults to their profile's, the leaderboard choice
     * to their profile's opt-in. Joining again answers with the same row (choices sent again are saved).
     */
    async join(slug: string, userId: number, input: JoinCallDayBody) {
      const day = await publishedDay(slug);
      if (now() >= day.endsAt) throw conflict('This call day is over.', { code: 'call_day_over', endsAt: day.endsAt.toISOString() });
      const defaults = await defaultsFor(userId);
      const createdId = await addParticipant(knex(), day, userId, {
        state: input.state ?? defaults.state,
        showOnLeaderboard: input.showOnLeaderboard ?? defaults.showOnLeaderboard,
      });
      const changes: Record<string, unknown> = {};
      if (!createdId && input.state !== undefined) changes.state = input.state;
      if (!createdId && input.showOnLeaderboard !== undefined) changes.show_on_leaderboard = input.showOnLeaderboard;
      if (Object.keys(changes).length) {
        await knex()(TABLES.participants)
          .where({ call_day_id: day.id, user_id: userId })
          .update({ ...changes, updated_at: now() });
      }
      const row: ParticipantRow = await knex()(TABLES.participants).where({ call_day_id: day.id, user_id: userId }).first();
      return { created: createdId !== null, participant: { callDay: day.slug, ...participantView(row) } };
    },

    /**
     * Inside the transaction recording a call result: joins the caller to every live day covering the
     * bank that they have not joined yet (the same row an explicit join makes).
     */
    async joinOnResult(trx: Knex, bankId: number, userId: number, at: Date) {
      // On the caller loop's hot path: the published days and the callers already in are remembered.
      const days = await publishedDays.get('all', async () => ((await trx(TABLES.callDays).where({ status: 'published' })) as CallDayRow[]).map(dayOf));
      const live = days.filter((day) => isLive(day, at) && coversBank(day.phoneBankIds, bankId) && !joinedKeys.has(`${day.id}:${userId}`));
      if (!live.length) return;
      const joined = new Set(
        (
          await trx(TABLES.participants)
            .where({ user_id: userId })
            .whereIn(
              'call_day_id',
              live.map((d: CallDay) => d.id)
            )
            .select('call_day_id')
        ).map((row: Pick<ParticipantRow, 'call_day_id'>) => Number(row.call_day_id))
      );
      for (const dayId of joined) remember(dayId, userId);
      const missing = live.filter((day: CallDay) => !joined.has(day.id));
      if (!missing.length) return;
      const defaults = await defaultsFor(userId);
      for (const day of missing) await addParticipant(trx, day, userId, defaults);
      await afterCommit(strapi, () => missing.forEach((day) => remember(day.id, userId)));
    },

    /** Drops cached progress and leaderboards (tests; a manager's edit shows within seconds anyway). */
    forgetCaches() {
      progressCache.clear();
      leaderboardCache.clear();
      publishedDays.clear();
    },
  };
};

export default callDays;
