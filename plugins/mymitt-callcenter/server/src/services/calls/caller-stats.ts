import type { Core } from '@strapi/strapi';
import { CONVERSATION_DISPOSITIONS } from '../../domain/dispositions';
import { dayKeyOf, streaksOf } from '../../domain/streaks';
import { PLUGIN_ID } from '../../plugin-id';
import type { CallcenterConfig } from '../../config';
import { getService } from '../../utils/get-service';
import { TABLES, toDate, type Knex } from './tables';
import type { DbCount, DbDate } from '@mymitt/plugin-kit';

/** `sum(case when disposition in (?, …) then 1 else 0 end)`: conversations among the selected results. */
export function conversationsClause(column = 'disposition') {
  return `sum(case when ${column} in (${CONVERSATION_DISPOSITIONS.map(() => '?').join(', ')}) then 1 else 0 end)`;
}

export function conversationsSql(knex: Knex, column = 'disposition') {
  return knex.raw(conversationsClause(column), [...CONVERSATION_DISPOSITIONS]);
}

/** A caller's own numbers: calls, conversations, calls today and calling streaks in the campaign's zone. */
const callerStats = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The caller's totals; nobody else's are reachable through it (the user id comes from the session). */
  async of(userId: number) {
    const knex = strapi.db.connection;
    const timeZone = (strapi.config.get(`plugin::${PLUGIN_ID}`) as CallcenterConfig).campaignTimeZone;
    const today = dayKeyOf(getService('clock').now(), timeZone);
    const mine = () => knex(TABLES.results).where('caller_user_id', userId);

    const [totals]: Array<{ calls: DbCount; conversations: DbCount }> = await mine().select({ calls: knex.raw('count(*)'), conversations: conversationsSql(knex) });
    // One row per calling day would need zone-aware SQL that SQLite lacks: the times are read and bucketed here.
    const times: Array<{ created_at: DbDate }> = await mine().select('created_at');
    const days = times.map((row) => dayKeyOf(toDate(row.created_at)!, timeZone));
    const streaks = streaksOf(days, today);
    return {
      calls: Number(totals?.calls ?? 0),
      conversations: Number(totals?.conversations ?? 0),
      callsToday: days.filter((day) => day === today).length,
      currentStreakDays: streaks.currentDays,
      longestStreakDays: streaks.longestDays,
      timeZone,
      today,
    };
  },
});

export default callerStats;
