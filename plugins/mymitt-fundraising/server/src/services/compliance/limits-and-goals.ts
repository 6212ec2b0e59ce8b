import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../../plugin-id';
import { toCents } from '../../domain/money';
import { limitInForce, type LimitInForce } from '../../domain/contribution-limits';
import { getService } from '../../utils/get-service';
import type { LimitsAndGoalsInput } from '../../validators/limits-and-goals';
import {
  DRIVE_MONEY_FIELDS,
  LIMIT_MONEY_FIELDS,
  type DriveGoals,
  type LimitMoney,
  type LimitsAndGoals,
  type MoneyChange,
} from '../../../../shared/contracts/limits-and-goals';
import { CAMPAIGN_UID, LIMIT_UID } from './compliance-config';

interface LimitRow {
  id: number;
  label?: string | null;
  effectiveFrom: string | Date;
  effectiveTo?: string | Date | null;
  perElectionCents: unknown;
  itemizationThresholdCents: unknown;
  cashMaxCents: unknown;
  anonymousCashMaxCents: unknown;
}

interface DriveRow {
  id: number;
  name: string;
  goalCents: unknown;
  defaultPageGoalCents: unknown;
}

const day = (value: string | Date) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);

const toLimitMoney = (row: LimitRow, inForce: LimitInForce | null): LimitMoney => ({
  id: row.id,
  label: row.label ?? null,
  effectiveFrom: day(row.effectiveFrom),
  effectiveTo: row.effectiveTo ? day(row.effectiveTo) : null,
  inForce: row.id === inForce?.id,
  standingIn: row.id === inForce?.id && inForce.notConfigured,
  perElectionCents: toCents(row.perElectionCents),
  itemizationThresholdCents: toCents(row.itemizationThresholdCents),
  cashMaxCents: toCents(row.cashMaxCents),
  anonymousCashMaxCents: toCents(row.anonymousCashMaxCents),
});

const toDriveGoals = (row: DriveRow, activeId: number | null): DriveGoals => ({
  id: row.id,
  name: row.name,
  active: row.id === activeId,
  goalCents: toCents(row.goalCents),
  defaultPageGoalCents: toCents(row.defaultPageGoalCents),
});

/** The fields of `next` that differ from `current`, as audit lines. */
function changesOf<Field extends string>(
  type: MoneyChange['type'],
  fields: readonly Field[],
  current: Record<Field, number> & { id: number },
  next: Record<Field, number>
): MoneyChange[] {
  return fields
    .filter((field) => current[field] !== next[field])
    .map((field) => ({ type, id: current.id, field: field as MoneyChange['field'], fromCents: current[field], toCents: next[field] }));
}

/**
 * `getService('limits-and-goals')`: the contribution limits and drive goals finance staff edit on the
 * admin's "Limits and goals" page. Only money fields are written; the content manager still edits the
 * rest (dates, labels, new rows). A save is one transaction: an unknown row changes nothing.
 */
const limitsAndGoals = ({ strapi }: { strapi: Core.Strapi }) => ({
  async get(now = new Date()): Promise<LimitsAndGoals> {
    const compliance = getService('compliance-config');
    const [limitRows, driveRows, limits, active] = await Promise.all([
      strapi.db.query(LIMIT_UID).findMany({ orderBy: [{ effectiveFrom: 'desc' }, { id: 'desc' }] }) as Promise<LimitRow[]>,
      strapi.db.query(CAMPAIGN_UID).findMany({ orderBy: [{ startsAt: 'desc' }, { id: 'desc' }], limit: 100 }) as Promise<DriveRow[]>,
      compliance.limits(),
      compliance.activeCampaign(now),
    ]);
    const inForce = limitInForce(limits, compliance.today(now));
    return {
      limits: limitRows.map((row) => toLimitMoney(row, inForce)),
      drives: driveRows.map((row) => toDriveGoals(row, active?.id ?? null)),
    };
  },

  /** Writes the money fields given; returns what changed (also logged, with the admin who changed it). */
  async update(input: LimitsAndGoalsInput, adminId: number | null): Promise<MoneyChange[]> {
    const changes = await strapi.db.transaction(async () => {
      const found: MoneyChange[] = [];
      for (const { id, ...money } of input.limits ?? []) {
        const row = (await strapi.db.query(LIMIT_UID).findOne({ where: { id } })) as LimitRow | null;
        if (!row) throw new errors.NotFoundError(`No contribution limit has id ${id}.`, { path: ['limits', 'id'], id });
        const rowChanges = changesOf('contribution-limit', LIMIT_MONEY_FIELDS, toLimitMoney(row, null), money);
        if (rowChanges.length) await strapi.db.query(LIMIT_UID).update({ where: { id }, data: { ...money, updatedBy: adminId } });
        found.push(...rowChanges);
      }
      for (const { id, ...money } of input.drives ?? []) {
        const row = (await strapi.db.query(CAMPAIGN_UID).findOne({ where: { id } })) as DriveRow | null;
        if (!row) throw new errors.NotFoundError(`No fundraising drive has id ${id}.`, { path: ['drives', 'id'], id });
        const rowChanges = changesOf('fundraising-campaign', DRIVE_MONEY_FIELDS, toDriveGoals(row, null), money);
        if (rowChanges.length) await strapi.db.query(CAMPAIGN_UID).update({ where: { id }, data: { ...money, updatedBy: adminId } });
        found.push(...rowChanges);
      }
      return found;
    });
    for (const change of changes) {
      strapi.log.info(
        `[${PLUGIN_ID}] admin ${adminId ?? '?'} set ${change.type} ${change.id} ${change.field}: ${change.fromCents} → ${change.toCents} cents`
      );
    }
    return changes;
  },
});

export default limitsAndGoals;
