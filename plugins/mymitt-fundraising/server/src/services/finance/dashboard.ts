import type { Core } from '@strapi/strapi';
import { startOfDay } from '../../domain/calendar-date';
import { GIFT_KINDS } from '../../domain/ledger-money';
import { getService } from '../../utils/get-service';
import { COMPLIANCE_TIME_ZONE, CAMPAIGN_UID } from '../compliance/compliance-config';
import { TABLES, totalsFromRow } from '../ledger/tables';

const TOP = 50;
const num = (value: unknown) => Number(value ?? 0);

/**
 * `getService('dashboard')`: what finance and campaign staff watch: raised today and in total against
 * each drive's goal, by state, page and refcode, and the monthly value of live recurring gifts.
 * Aggregates only: no donor identities (the read action is enough).
 */
const dashboard = ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(now = new Date()) {
    const knex = strapi.db.connection;
    const ledger = getService('ledger');
    const todayStarts = startOfDay(getService('compliance-config').today(now), COMPLIANCE_TIME_ZONE);
    const giftsToday = () => knex(TABLES.ledger).whereIn('kind', GIFT_KINDS).andWhere('occurred_at', '>=', todayStarts);

    const [all, todayAll, campaigns, todayByCampaign, byState, byPage, byRefcode, recurring] = await Promise.all([
      ledger.totals('all'),
      giftsToday().sum({ cents: 'amount_cents' }).first(),
      strapi.db.query(CAMPAIGN_UID).findMany({ orderBy: [{ startsAt: 'desc' }, { id: 'desc' }] }),
      giftsToday().whereNotNull('campaign_id').select('campaign_id').sum({ cents: 'amount_cents' }).groupBy('campaign_id'),
      knex(`${TABLES.ledger} as l`)
        .join(`${TABLES.contributions} as c`, 'c.id', 'l.contribution_id')
        .select('c.state as state')
        .sum({ net: 'l.amount_cents' })
        .countDistinct({ gifts: 'l.contribution_id' })
        .groupBy('c.state')
        .orderBy('net', 'desc')
        .limit(60),
      knex(TABLES.totals).where('scope', 'like', 'page:%').orderBy('net_cents', 'desc').limit(TOP),
      knex(`${TABLES.ledger} as l`)
        .join(`${TABLES.contributions} as c`, 'c.id', 'l.contribution_id')
        .select('c.refcode as refcode')
        .sum({ net: 'l.amount_cents' })
        .countDistinct({ gifts: 'l.contribution_id' })
        .groupBy('c.refcode')
        .orderBy('net', 'desc')
        .limit(TOP),
      knex(TABLES.contributions)
        .where('recurring', true)
        .whereNull('recurring_cancelled_at')
        .whereIn('status', ['succeeded', 'partially_refunded'])
        .sum({ cents: 'amount_cents' })
        .count({ n: '*' })
        .first(),
    ]);
    const todayCampaign = new Map(todayByCampaign.map((r: any) => [Number(r.campaign_id), num(r.cents)]));
    const campaignTotals = await Promise.all(campaigns.map((c: any) => ledger.totals(`campaign:${c.id}`)));

    return {
      all: { ...all, raisedTodayCents: num(todayAll?.cents) },
      campaigns: campaigns.map((c: any, i: number) => ({
        id: c.id as number,
        name: c.name as string,
        goalCents: num(c.goalCents),
        startsAt: c.startsAt,
        endsAt: c.endsAt ?? null,
        ...campaignTotals[i],
        raisedTodayCents: todayCampaign.get(c.id) ?? 0,
      })),
      byState: byState.map((r: any) => ({ state: r.state ?? null, netCents: num(r.net), gifts: num(r.gifts) })),
      byPage: byPage.map((r: any) => ({ pageId: Number(String(r.scope).slice('page:'.length)), ...totalsFromRow(r) })),
      byRefcode: byRefcode.map((r: any) => ({ refcode: r.refcode ?? null, netCents: num(r.net), gifts: num(r.gifts) })),
      recurring: { monthlyCents: num(recurring?.cents), activeCount: num(recurring?.n) },
    };
  },
});

export default dashboard;
