import type { Core } from '@strapi/strapi';
import { startOfDay, toInstant, addDays } from '../../domain/calendar-date';
import { COMPLIANCE_TIME_ZONE } from '../compliance/compliance-config';
import { TABLES } from '../ledger/tables';
import type { DonationSearchQuery } from '../../validators/finance';
import { FINANCE_TABLES } from './finance-tables';
import { driveNames, pageNames } from './record-names';

/**
 * `getService('donations')`: finance staff's donation search (donor identities: the donors.read action).
 * Each result carries what the refund button needs: what is left to refund and the next refund number.
 */
const donations = ({ strapi }: { strapi: Core.Strapi }) => ({
  async search({ q, amountCents, from, to, status, page, pageSize }: DonationSearchQuery) {
    const knex = strapi.db.connection;
    const filtered = () => {
      const query = knex(TABLES.contributions).where('purpose', 'donation');
      if (q) {
        const like = `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        const [first, ...rest] = q.toLowerCase().split(/\s+/);
        query.where((w: any) => {
          for (const column of ['first_name', 'last_name', 'email']) w.orWhereRaw(`lower(${column}) like ? escape '\\'`, [like]);
          // "Ann Romney": first and last name together.
          if (rest.length)
            w.orWhere((both: any) => both.whereRaw('lower(first_name) = ?', [first]).whereRaw('lower(last_name) = ?', [rest.join(' ')]));
        });
      }
      if (amountCents) query.andWhere('amount_cents', amountCents);
      if (from) query.andWhere('created_at', '>=', startOfDay(from, COMPLIANCE_TIME_ZONE));
      if (to) query.andWhere('created_at', '<', startOfDay(addDays(to, 1), COMPLIANCE_TIME_ZONE));
      if (status) query.andWhere('status', status);
      return query;
    };
    const [{ total }] = await filtered().count({ total: '*' });
    const rows = await filtered()
      .select(
        'id',
        'created_at',
        'amount_cents',
        'status',
        'first_name',
        'last_name',
        'email',
        'city',
        'state',
        'zip',
        'page_id',
        'campaign_id',
        'refcode',
        'recurring',
        'payment_intent_id'
      )
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const ids = rows.map((r: any) => r.id);
    const idOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));
    const [pages, drives] = await Promise.all([
      pageNames(knex, rows.map((r: any) => idOrNull(r.page_id))),
      driveNames(knex, rows.map((r: any) => idOrNull(r.campaign_id))),
    ]);
    const [nets, refundCounts, offline] = ids.length
      ? await Promise.all([
          knex(TABLES.ledger)
            .whereIn('contribution_id', ids)
            .select('contribution_id')
            .sum({ cents: 'amount_cents' })
            .groupBy('contribution_id'),
          knex(FINANCE_TABLES.refundRequests)
            .whereIn('contribution_id', ids)
            .select('contribution_id')
            .count({ n: '*' })
            .groupBy('contribution_id'),
          knex(FINANCE_TABLES.offlineGifts).whereIn('contribution_id', ids).select('contribution_id', 'method'),
        ])
      : [[], [], []];
    const by = (list: any[], pick: (r: any) => unknown) => new Map(list.map((r) => [Number(r.contribution_id), pick(r)]));
    const netOf = by(nets, (r) => Number(r.cents));
    const refundsOf = by(refundCounts, (r) => Number(r.n));
    const methodOf = by(offline, (r) => r.method);

    return {
      results: rows.map((r: any) => ({
        id: Number(r.id),
        createdAt: toInstant(r.created_at).toISOString(),
        amountCents: Number(r.amount_cents),
        netCents: (netOf.get(Number(r.id)) as number) ?? 0,
        status: r.status as string,
        method: ((methodOf.get(Number(r.id)) as string) ?? 'card') as 'card' | 'check' | 'cash',
        recurring: Boolean(r.recurring),
        donor: { firstName: r.first_name, lastName: r.last_name, email: r.email, city: r.city, state: r.state, zip: r.zip },
        pageId: idOrNull(r.page_id),
        page: pages.get(Number(r.page_id)) ?? null,
        campaignId: idOrNull(r.campaign_id),
        campaignName: drives.get(Number(r.campaign_id)) ?? null,
        refcode: r.refcode ?? null,
        refundCount: (refundsOf.get(Number(r.id)) as number) ?? 0,
      })),
      pagination: { page, pageSize, total: Number(total) },
    };
  },
});

export default donations;
