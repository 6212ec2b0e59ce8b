import type { Core } from '@strapi/strapi';
import { startOfDay } from '../../domain/calendar-date';
import { GIFT_KINDS } from '../../domain/ledger-money';
import { getService } from '../../utils/get-service';
import { COMPLIANCE_TIME_ZONE, CAMPAIGN_UID } from '../compliance/compliance-config';
import { firstRowOf, rowCount, rowDate, rowsOf, type DbCount, type DbDate } from '@mymitt/plugin-kit';
import { TABLES, totalsFromRow, type TotalsRow } from '../ledger/tables';
import type { FinanceDashboard } from '../../../../shared/contracts/finance';
import { pageNames } from './record-names';

const TOP = 50;

/** A `page:<id>` row of the money totals. */
type PageTotalsRow = TotalsRow & { scope: string };
type SumRow = { cents: DbCount };
type DriveTodayRow = SumRow & { campaign_id: number | string };
type StateRow = { state: string | null; net: DbCount; gifts: DbCount };
type RefcodeRow = { refcode: string | null; net: DbCount; gifts: DbCount };
type RecurringRow = SumRow & { n: DbCount };
/** A fundraising-campaign row as the query engine returns it. */
interface DriveRow {
  id: number;
  name: string;
  goalCents: DbCount;
  startsAt: DbDate;
  endsAt: DbDate | null;
}

const isoDate = (value: DbDate | null) => rowDate(value)?.toISOString() ?? null;

const pageIdOf = (row: PageTotalsRow) => Number(row.scope.slice('page:'.length));

/**
 * `getService('dashboard')`: what finance and campaign staff watch: raised today and in total against
 * each drive's goal, by state, page and refcode, and the monthly value of live recurring gifts.
 * Aggregates only: no donor identities (the read action is enough).
 */
const dashboard = ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(now = new Date()): Promise<FinanceDashboard> {
    const knex = strapi.db.connection;
    const ledger = getService('ledger');
    const todayStarts = startOfDay(getService('compliance-config').today(now), COMPLIANCE_TIME_ZONE);
    const giftsToday = () => knex(TABLES.ledger).whereIn('kind', GIFT_KINDS).andWhere('occurred_at', '>=', todayStarts);

    const [all, todayAll, campaigns, todayByCampaign, byState, byPage, byRefcode, recurring] = await Promise.all([
      ledger.totals('all'),
      firstRowOf<SumRow>(giftsToday().sum({ cents: 'amount_cents' }).first()),
      strapi.db.query(CAMPAIGN_UID).findMany({ orderBy: [{ startsAt: 'desc' }, { id: 'desc' }] }) as Promise<DriveRow[]>,
      rowsOf<DriveTodayRow>(
        giftsToday().whereNotNull('campaign_id').select('campaign_id').sum({ cents: 'amount_cents' }).groupBy('campaign_id')
      ),
      rowsOf<StateRow>(
        knex(`${TABLES.ledger} as l`)
          .join(`${TABLES.contributions} as c`, 'c.id', 'l.contribution_id')
          .select('c.state as state')
          .sum({ net: 'l.amount_cents' })
          .countDistinct({ gifts: 'l.contribution_id' })
          .groupBy('c.state')
          .orderBy('net', 'desc')
          .limit(60)
      ),
      rowsOf<PageTotalsRow>(knex(TABLES.totals).where('scope', 'like', 'page:%').orderBy('net_cents', 'desc').limit(TOP)),
      rowsOf<RefcodeRow>(
        knex(`${TABLES.ledger} as l`)
          .join(`${TABLES.contributions} as c`, 'c.id', 'l.contribution_id')
          .select('c.refcode as refcode')
          .sum({ net: 'l.amount_cents' })
          .countDistinct({ gifts: 'l.contribution_id' })
          .groupBy('c.refcode')
          .orderBy('net', 'desc')
          .limit(TOP)
      ),
      firstRowOf<RecurringRow>(
        knex(TABLES.contributions)
          .where('recurring', true)
          .whereNull('recurring_cancelled_at')
          .whereIn('status', ['succeeded', 'partially_refunded'])
          .sum({ cents: 'amount_cents' })
          .count({ n: '*' })
          .first()
      ),
    ]);
    const todayCampaign = new Map(todayByCampaign.map((r) => [Number(r.campaign_id), rowCount(r.cents)]));
    const [campaignTotals, pages] = await Promise.all([
      Promise.all(campaigns.map((c) => ledger.totals(`campaign:${c.id}`))),
      pageNames(knex, byPage.map(pageIdOf)),
    ]);

    return {
      all: { ...all, raisedTodayCents: rowCount(todayAll?.cents) },
      campaigns: campaigns.map((c, i) => ({
        id: c.id,
        name: c.name,
        goalCents: rowCount(c.goalCents),
        startsAt: isoDate(c.startsAt) ?? '',
        endsAt: isoDate(c.endsAt),
        ...campaignTotals[i],
        raisedTodayCents: todayCampaign.get(c.id) ?? 0,
      })),
      byState: byState.map((r) => ({ state: r.state ?? null, netCents: rowCount(r.net), gifts: rowCount(r.gifts) })),
      byPage: byPage.map((row) => ({ pageId: pageIdOf(row), page: pages.get(pageIdOf(row)) ?? null, ...totalsFromRow(row) })),
      byRefcode: byRefcode.map((r) => ({ refcode: r.refcode ?? null, netCents: rowCount(r.net), gifts: rowCount(r.gifts) })),
      recurring: { monthlyCents: rowCount(recurring?.cents), activeCount: rowCount(recurring?.n) },
    };
  },
});

export default dashboard;
