import { centsToDollars, dollarsToCents, type DollarsProblem } from './dollars';
import {
  DRIVE_MONEY_FIELDS,
  LIMIT_MONEY_FIELDS,
  type LimitsAndGoals,
  type LimitsAndGoalsBody,
} from '../../../shared/contracts/limits-and-goals';

/** The page's inputs as typed, keyed `limits.<id>.<field>` / `drives.<id>.<field>`. */
export type LimitsForm = Record<string, string>;

export const fieldKey = (group: 'limits' | 'drives', id: number, field: string) => `${group}.${id}.${field}`;

/** The saved values as dollar inputs. */
export function toLimitsForm({ limits, drives }: LimitsAndGoals): LimitsForm {
  const form: LimitsForm = {};
  for (const limit of limits)
    for (const field of LIMIT_MONEY_FIELDS) form[fieldKey('limits', limit.id, field)] = centsToDollars(limit[field]);
  for (const drive of drives)
    for (const field of DRIVE_MONEY_FIELDS) form[fieldKey('drives', drive.id, field)] = centsToDollars(drive[field]);
  return form;
}

export type LimitsFormResult = { ok: true; body: LimitsAndGoalsBody } | { ok: false; problems: Record<string, DollarsProblem> };

/** Every input parsed to cents (the body sent), or the problem of each input that is not an amount. */
export function toLimitsBody(saved: LimitsAndGoals, form: LimitsForm): LimitsFormResult {
  const problems: Record<string, DollarsProblem> = {};
  const cents = (key: string) => {
    const parsed = dollarsToCents(form[key] ?? '');
    if (parsed.ok) return parsed.cents;
    problems[key] = parsed.problem;
    return 0;
  };
  const body: Required<LimitsAndGoalsBody> = {
    limits: saved.limits.map((limit) => ({
      id: limit.id,
      perElectionCents: cents(fieldKey('limits', limit.id, 'perElectionCents')),
      itemizationThresholdCents: cents(fieldKey('limits', limit.id, 'itemizationThresholdCents')),
      cashMaxCents: cents(fieldKey('limits', limit.id, 'cashMaxCents')),
      anonymousCashMaxCents: cents(fieldKey('limits', limit.id, 'anonymousCashMaxCents')),
    })),
    drives: saved.drives.map((drive) => ({
      id: drive.id,
      goalCents: cents(fieldKey('drives', drive.id, 'goalCents')),
      defaultPageGoalCents: cents(fieldKey('drives', drive.id, 'defaultPageGoalCents')),
    })),
  };
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, body };
}

/**
 * The server's field errors (`limits.<index>.<field>`, zod paths into the body) keyed like the inputs
 * (`limits.<id>.<field>`); an error without a field path stays under ''.
 */
export function inputErrors(body: LimitsAndGoalsBody, serverErrors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(serverErrors).map(([path, message]) => {
      const [group, index, field] = path.split('.');
      const row = group === 'limits' || group === 'drives' ? body[group]?.[Number(index)] : undefined;
      return [row && field ? fieldKey(group as 'limits' | 'drives', row.id, field) : '', message];
    })
  );
}
