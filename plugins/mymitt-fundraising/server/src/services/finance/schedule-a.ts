import type { Core } from '@strapi/strapi';
import { calendarDate, toInstant } from '../../domain/calendar-date';
import { limitInForce } from '../../domain/contribution-limits';
import { nextElection } from '../../domain/election-designation';
import { csvLine, csvNumber } from '@mymitt/plugin-kit';
import { dollars, electionCode, scheduleALines, type GiftLine, type ScheduleARow } from '../../domain/schedule-a';
import { getService } from '../../utils/get-service';
import { COMPLIANCE_TIME_ZONE } from '../compliance/compliance-config';
import { TABLES } from '../ledger/tables';
import { FINANCE_TABLES } from './finance-tables';

export const SCHEDULE_A_COLUMNS = [
  'date_received',
  'contribution_id',
  'line_id',
  'entity_type',
  'first_name',
  'last_name',
  'street',
  'city',
  'state',
  'zip',
  'country',
  'occupation',
  'employer',
  'amount',
  'election',
  'aggregate_cycle_to_date',
  'itemized',
  'payment_method',
  'contribution_status',
];

/** Donor details are read per batch of lines, so the export holds only the aggregates in memory. */
const BATCH = 500;

/**
 * `getService('schedule-a')`: the FEC-06 contributions export (every gift, offline too, with the
 * donor's aggregate cycle-to-date as of each gift and the itemization flag), as CSV lines.
 */
const scheduleA = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The export's lines in order of receipt; `cycle` restricts it to one election cycle (e.g. 2026). */
  async *csv(cycle?: number): AsyncGenerator<string> {
    const knex = strapi.db.connection;
    const compliance = getService('compliance-config');
    const [limits, elections] = await Promise.all([compliance.limits(), compliance.elections()]);
    const electionById = new Map(elections.map((e) => [e.id, e]));
    const dayOf = (at: Date) => calendarDate(at, COMPLIANCE_TIME_ZONE);
    const thresholdFor = (at: Date) => limitInForce(limits, dayOf(at))?.itemizationThresholdCents ?? 20000;

    // Who gave is read from the contribution (FEC-03): its card fingerprint is learned after the charge
    // row is written, and its keys are recomputed when the normalisation changes (ledger.rekeyDonors).
    const query = knex(`${TABLES.ledger} as l`)
      .leftJoin(`${TABLES.contributions} as c`, 'c.id', 'l.contribution_id')
      .select(
        'l.id',
        'l.contribution_id',
        'l.kind',
        'l.amount_cents',
        'l.occurred_at',
        'l.cycle',
        'l.election_id',
        'c.donor_key',
        'c.donor_email_key',
        'c.user_id',
        'c.card_fingerprint'
      );
    if (cycle) query.where('l.cycle', cycle);
    const rows: ScheduleARow[] = (await query).map((r: any) => ({
      id: Number(r.id),
      contributionId: Number(r.contribution_id),
      kind: r.kind,
      amountCents: Number(r.amount_cents),
      occurredAt: toInstant(r.occurred_at),
      cycle: Number(r.cycle),
      electionId: r.election_id === null ? null : Number(r.election_id),
      donorKey: r.donor_key,
      donorEmailKey: r.donor_email_key,
      userId: r.user_id === null ? null : Number(r.user_id),
      cardFingerprint: r.card_fingerprint,
    }));
    const lines = scheduleALines(rows, thresholdFor);

    // FEC-04: an undesignated gift counts toward the next election after its receipt.
    const designation = (line: GiftLine) => {
      const election = line.electionId ? electionById.get(line.electionId) : nextElection(elections, dayOf(line.receivedAt));
      return election ? electionCode(election.kind, election.electionDate) : '';
    };
    // The kit's CSV writer: donor text is formula-safe; amounts are our own numbers (a refund's "-50.00" stays numeric).
    const format = (line: GiftLine, donor: any, method: string) =>
      csvLine([
        dayOf(line.receivedAt),
        line.contributionId,
        line.rowId,
        'IND',
        donor?.first_name,
        donor?.last_name,
        donor?.street,
        donor?.city,
        donor?.state,
        donor?.zip,
        donor?.country,
        donor?.occupation,
        donor?.employer,
        csvNumber(dollars(line.amountCents)),
        designation(line),
        csvNumber(dollars(line.aggregateCents)),
        line.itemized ? 'Y' : 'N',
        method,
        donor?.status,
      ]);

    yield csvLine(SCHEDULE_A_COLUMNS);
    for (let start = 0; start < lines.length; start += BATCH) {
      const batch = lines.slice(start, start + BATCH);
      const ids = [...new Set(batch.map((line) => line.contributionId))];
      const donors = new Map(
        (
          await knex(TABLES.contributions)
            .whereIn('id', ids)
            .select('id', 'first_name', 'last_name', 'street', 'city', 'state', 'zip', 'country', 'occupation', 'employer', 'status')
        ).map((c: any) => [Number(c.id), c])
      );
      const methods = new Map(
        (await knex(FINANCE_TABLES.offlineGifts).whereIn('contribution_id', ids).select('contribution_id', 'method')).map((o: any) => [
          Number(o.contribution_id),
          o.method as string,
        ])
      );
      for (const line of batch) yield format(line, donors.get(line.contributionId), methods.get(line.contributionId) ?? 'card');
    }
  },
});

export default scheduleA;
