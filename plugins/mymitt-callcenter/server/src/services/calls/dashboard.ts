import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONVERSATION_DISPOSITIONS, DISPOSITIONS, type Disposition } from '../../domain/dispositions';
import { getService } from '../../utils/get-service';
import type { CallDashboard, PhoneBankProgress } from '../../../../shared/contracts/dashboard';
import { TABLES } from './tables';
import type { BankRow, CountRow } from './rows';
import { firstRowOf, rowCount, rowsOf, type DbCount } from '@mymitt/plugin-kit';

const HOUR_MS = 3_600_000;
const HOURS = 24;
/** A caller with a result this recent still counts as active (between two calls). */
const RECENT_MS = 15 * 60_000;
const CONVERSATIONS = new Set<string>(CONVERSATION_DISPOSITIONS);
const num = rowCount;

/** The 24 UTC hour starts ending with the current hour. */
export function hourStarts(now: Date): Date[] {
  const current = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  return Array.from({ length: HOURS }, (_, i) => new Date(current - (HOURS - 1 - i) * HOUR_MS));
}

/**
 * `getService('dashboard')`: the live figures of the call center (whole or one phone bank): active
 * callers, calls per hour, dispositions, contacts remaining and eligible now, by state, and each bank
 * against its goal. Aggregates only: no names or phones. Time is the plugin's clock.
 */
const dashboard = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  return {
    /** Figures for every phone bank, or for one (its results and its list's contacts); 404 for an unknown bank. */
    async summary(phoneBankId?: number): Promise<CallDashboard> {
      const now = getService('clock').now();
      const banks: BankRow[] = phoneBankId
        ? await knex()(TABLES.banks).where({ id: phoneBankId }).select('*')
        : await knex()(TABLES.banks).orderBy('id', 'desc').select('*');
      if (phoneBankId && !banks.length) throw new errors.NotFoundError('No such phone bank');
      const listId: number | undefined = phoneBankId ? banks[0].list_id : undefined;

      const results = (alias = '') => {
        const query = knex()(alias ? `${TABLES.results} as ${alias}` : TABLES.results);
        if (phoneBankId) query.where(alias ? `${alias}.phone_bank_id` : 'phone_bank_id', phoneBankId);
        return query;
      };
      const contacts = () => {
        const query = knex()(TABLES.contacts);
        if (listId !== undefined) query.where('list_id', listId);
        return query;
      };

      const hours = hourStarts(now);
      const [leaseHolders, recentCallers, lastDay, byDisposition, byStatus, leased, stateStatus, stateCalls, bankCalls, listActive] =
        await Promise.all([
          rowsOf<{ leased_by: number }>(
            contacts().where('status', 'active').whereNotNull('leased_by').where('lease_expires_at', '>', now).distinct('leased_by')
          ),
          rowsOf<{ caller_user_id: number }>(
            results()
              .where('created_at', '>', new Date(now.getTime() - RECENT_MS))
              .where('created_at', '<=', now)
              .distinct('caller_user_id')
          ),
          // One row of 24 sums: the hour bounds are bound parameters (Dates; knex sends epoch ms to SQLite),
          // so no dialect's date functions are needed and only 24 numbers come back, however busy the day.
          firstRowOf<Record<string, DbCount>>(
            results()
              .where('created_at', '>=', hours[0])
              .where('created_at', '<=', now)
              .first(
                hours.map((start, i) =>
                  knex().raw('sum(case when created_at >= ? and created_at < ? then 1 else 0 end) as ??', [
                    start,
                    new Date(start.getTime() + HOUR_MS),
                    `h${i}`,
                  ])
                )
              )
          ),
          rowsOf<CountRow<{ disposition: string }>>(results().groupBy('disposition').select('disposition').count({ count: '*' })),
          rowsOf<CountRow<{ status: string }>>(contacts().groupBy('status').select('status').count({ count: '*' })),
          rowsOf<CountRow<object>>(
            contacts().where('status', 'active').whereNotNull('leased_by').where('lease_expires_at', '>', now).count({ count: '*' })
          ),
          rowsOf<CountRow<{ state: string | null; status: string }>>(
            contacts().groupBy('state', 'status').select('state', 'status').count({ count: '*' })
          ),
          rowsOf<CountRow<{ state: string | null }>>(
            results('r')
              .join(`${TABLES.contacts} as c`, 'c.id', 'r.contact_id')
              .groupBy('c.state')
              .select('c.state as state')
              .count({ count: '*' })
          ),
          rowsOf<CountRow<{ phone_bank_id: number; disposition: string }>>(
            results().groupBy('phone_bank_id', 'disposition').select('phone_bank_id', 'disposition').count({ count: '*' })
          ),
          rowsOf<CountRow<{ list_id: number }>>(knex()(TABLES.contacts)
            .where('status', 'active')
            .whereIn(
              'list_id',
              banks.map((bank) => bank.list_id)
            )
            .groupBy('list_id')
            .select('list_id')
            .count({ count: '*' })),
        ]);

      const holding = new Set(leaseHolders.map((row) => Number(row.leased_by)));
      const recent = new Set(recentCallers.map((row) => Number(row.caller_user_id)));

      const perHour = hours.map((_, i) => num(lastDay?.[`h${i}`]));

      const dispositions = Object.fromEntries(DISPOSITIONS.map((d) => [d, 0])) as Record<Disposition, number>;
      for (const row of byDisposition)
        if (row.disposition in dispositions) dispositions[row.disposition as Disposition] = num(row.count);

      const statusCount = (status: string) => num(byStatus.find((row) => row.status === status)?.count);

      const states = new Map<string | null, { state: string | null; remaining: number; done: number; dnc: number; calls: number }>();
      const stateRow = (state: string | null) => {
        const key = state ?? null;
        if (!states.has(key)) states.set(key, { state: key, remaining: 0, done: 0, dnc: 0, calls: 0 });
        return states.get(key)!;
      };
      for (const row of stateStatus) {
        const entry = stateRow(row.state);
        if (row.status === 'active') entry.remaining += num(row.count);
        else if (row.status === 'done') entry.done += num(row.count);
        else if (row.status === 'dnc') entry.dnc += num(row.count);
      }
      for (const row of stateCalls) stateRow(row.state).calls += num(row.count);

      const caller = getService('caller');
      const phoneBanks: PhoneBankProgress[] = [];
      for (const bank of banks) {
        const rows = bankCalls.filter((row) => Number(row.phone_bank_id) === bank.id);
        const calls = rows.reduce((sum, row) => sum + num(row.count), 0);
        const conversations = rows.filter((row) => CONVERSATIONS.has(row.disposition)).reduce((sum, row) => sum + num(row.count), 0);
        const goal = bank.goal_completed ?? null;
        phoneBanks.push({
          id: bank.id,
          name: bank.name,
          status: bank.status,
          listId: bank.list_id,
          calls,
          conversations,
          goalCompleted: goal,
          goalPercent: goal ? Math.floor((100 * conversations) / goal) : null,
          remaining: num(listActive.find((row) => Number(row.list_id) === bank.list_id)?.count),
          eligibleNow: bank.status === 'active' ? await caller.countEligible(bank) : null,
        });
      }

      return {
        at: now.toISOString(),
        phoneBankId: phoneBankId ?? null,
        activeCallers: { total: new Set([...holding, ...recent]).size, holdingLease: holding.size, calledLast15Minutes: recent.size },
        callsPerHour: hours.map((start, i) => ({ hourStart: start.toISOString(), calls: perHour[i] })),
        dispositions,
        contacts: {
          total: statusCount('active') + statusCount('done') + statusCount('dnc'),
          active: statusCount('active'),
          done: statusCount('done'),
          dnc: statusCount('dnc'),
          leased: num(leased[0]?.count),
          // With a bank named, its own count even when it is paused; otherwise the active banks' sum.
          eligibleNow: phoneBankId
            ? (phoneBanks[0].eligibleNow ?? (await caller.countEligible(banks[0])))
            : phoneBanks.reduce((sum, bank) => sum + (bank.eligibleNow ?? 0), 0),
        },
        byState: [...states.values()].sort((a, b) => (a.state ?? '~').localeCompare(b.state ?? '~')),
        phoneBanks,
      };
    },
  };
};

export default dashboard;
