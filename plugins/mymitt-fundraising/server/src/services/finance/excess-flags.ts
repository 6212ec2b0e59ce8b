import type { Core } from '@strapi/strapi';
import { calendarDate, toInstant } from '../../domain/calendar-date';
import { donorClusters } from '../../domain/donor-clusters';
import { excessiveContributions, type ElectionReceipt } from '../../domain/excessive-contributions';
import { getService } from '../../utils/get-service';
import { COMPLIANCE_TIME_ZONE } from '../compliance/compliance-config';
import { CONTRIBUTION_UID, TABLES } from '../ledger/tables';
import { EXCESS_FLAG_UID, EXCESS_JOB_LOCK_KEY } from './finance-tables';

export interface ExcessRunReport {
  ran: boolean;
  checkedOn: string;
  open: number;
  overdue: number;
  remedied: number;
}

/**
 * `getService('excess-flags')`: the FEC-10 job. It reads every designated ledger row, groups them by
 * donor (any FEC-03 signal: either key, the account, the card, transitively) and election, and keeps one flag per excess: open while the donor is over
 * the limit (overdue past 60 days), remedied once refunds, redesignations or reattributions brought
 * them back under it. Runs daily from cron and on demand from the admin.
 */
const excessFlags = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Runs the job as of `now`; on PostgreSQL a second instance running at the same time skips (ran: false). */
  async run(now = new Date()): Promise<ExcessRunReport> {
    const compliance = getService('compliance-config');
    const checkedOn = compliance.today(now);
    const limit = await compliance.limitOn(checkedOn);
    const skipped = { ran: false, checkedOn, open: 0, overdue: 0, remedied: 0 };
    if (!limit) return skipped;

    return strapi.db.transaction(async ({ trx }) => {
      if (strapi.db.dialect.client === 'postgres') {
        const { rows } = await trx.raw('select pg_try_advisory_xact_lock(?) as locked', [EXCESS_JOB_LOCK_KEY]);
        if (!rows[0].locked) return skipped;
      }
      // Who gave is read from the contribution (FEC-03): its card fingerprint is learned after the charge
      // row is written, and its keys are recomputed when the normalisation changes (ledger.rekeyDonors).
      const rows = await trx(`${TABLES.ledger} as l`)
        .leftJoin(`${TABLES.contributions} as c`, 'c.id', 'l.contribution_id')
        .whereNotNull('l.election_id')
        .select(
          'l.id',
          'l.contribution_id',
          'l.amount_cents',
          'l.occurred_at',
          'c.donor_key',
          'c.donor_email_key',
          'c.user_id',
          'l.election_id',
          'c.card_fingerprint'
        )
        .orderBy('l.id', 'asc');
      const signalsOf = (r: any) => ({
        donorKey: r.donor_key,
        donorEmailKey: r.donor_email_key,
        userId: r.user_id,
        cardFingerprint: r.card_fingerprint,
      });
      const donorOf = donorClusters(rows.map(signalsOf));
      const receipts: Array<ElectionReceipt & { contributionId: number }> = rows.map((r: any) => ({
        donorKey: donorOf(signalsOf(r)) ?? `contribution:${r.contribution_id}`,
        electionId: Number(r.election_id),
        amountCents: Number(r.amount_cents),
        receivedOn: calendarDate(toInstant(r.occurred_at), COMPLIANCE_TIME_ZONE),
        contributionId: Number(r.contribution_id),
      }));
      const excessive = excessiveContributions(receipts, limit.perElectionCents, checkedOn);

      // Through the query engine: it returns date columns as YYYY-MM-DD on both databases.
      const existing = await strapi.db
        .query(EXCESS_FLAG_UID)
        .findMany({ where: { status: 'open' }, select: ['id', 'donorKey', 'electionId', 'exceededOn'] });
      const flagKey = (donor: string, electionId: number, day: unknown) => `${donor}|${electionId}|${String(day).slice(0, 10)}`;
      const stillOpen = new Set<string>();
      for (const excess of excessive) {
        // The gift that took the donor over: the last positive receipt of that day.
        const trigger = receipts
          .filter(
            (r) =>
              r.donorKey === excess.donorKey &&
              r.electionId === excess.electionId &&
              r.receivedOn === excess.exceededOn &&
              r.amountCents > 0
          )
          .pop();
        const data = {
          totalCents: excess.totalCents,
          excessCents: excess.excessCents,
          remedyDueBy: excess.remedyDueBy,
          overdue: excess.overdue,
          status: 'open',
          remediedAt: null,
          lastCheckedAt: now,
          contributionId: trigger?.contributionId ?? null,
        };
        stillOpen.add(flagKey(excess.donorKey, excess.electionId, excess.exceededOn));
        const where = { donorKey: excess.donorKey, electionId: excess.electionId, exceededOn: excess.exceededOn };
        const found = await strapi.db.query(EXCESS_FLAG_UID).findOne({ where });
        if (found) await strapi.db.query(EXCESS_FLAG_UID).update({ where: { id: found.id }, data });
        else await strapi.db.query(EXCESS_FLAG_UID).create({ data: { ...where, ...data } });
      }
      let remedied = 0;
      for (const flag of existing) {
        if (stillOpen.has(flagKey(flag.donorKey, Number(flag.electionId), flag.exceededOn))) continue;
        await strapi.db
          .query(EXCESS_FLAG_UID)
          .update({ where: { id: flag.id }, data: { status: 'remedied', remediedAt: now, lastCheckedAt: now } });
        remedied += 1;
      }
      return { ran: true, checkedOn, open: excessive.length, overdue: excessive.filter((e) => e.overdue).length, remedied };
    });
  },

  /** The flags for the admin list, newest excess first, with the donor of the gift that took them over. */
  async list(status?: 'open' | 'remedied') {
    const flags = await strapi.db.query(EXCESS_FLAG_UID).findMany({
      where: status ? { status } : {},
      orderBy: [{ exceededOn: 'desc' }, { id: 'desc' }],
      limit: 500,
    });
    const ids = [...new Set(flags.map((f: any) => f.contributionId).filter(Boolean))];
    const contributions = ids.length
      ? await strapi.db
          .query(CONTRIBUTION_UID)
          .findMany({ where: { id: { $in: ids } }, select: ['id', 'firstName', 'lastName', 'email', 'city', 'state'] })
      : [];
    const byId = new Map(contributions.map((c: any) => [c.id, c]));
    const elections = new Map((await getService('compliance-config').elections()).map((e) => [e.id, e.name]));
    return flags.map((f: any) => {
      const donor: any = byId.get(f.contributionId);
      return {
        id: f.id as number,
        status: f.status as 'open' | 'remedied',
        overdue: Boolean(f.overdue),
        electionId: f.electionId as number,
        electionName: elections.get(f.electionId) ?? null,
        exceededOn: String(f.exceededOn).slice(0, 10),
        remedyDueBy: String(f.remedyDueBy).slice(0, 10),
        totalCents: Number(f.totalCents),
        excessCents: Number(f.excessCents),
        contributionId: (f.contributionId as number | null) ?? null,
        donor: donor ? { name: `${donor.firstName} ${donor.lastName}`, email: donor.email, city: donor.city, state: donor.state } : null,
        remediedAt: f.remediedAt ? toInstant(f.remediedAt).toISOString() : null,
      };
    });
  },
});

export default excessFlags;
