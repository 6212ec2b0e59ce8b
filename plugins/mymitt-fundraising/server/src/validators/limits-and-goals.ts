import { z } from '@strapi/utils';

/** Under $10 million: far above any federal limit or drive goal, and a typo of several zeros is refused. */
const MAX_CENTS = 1_000_000_000;

const cents = (label: string, { positive }: { positive: boolean }) =>
  z
    .number({ error: `${label} must be an amount in cents.` })
    .int({ error: `${label} must be a whole number of cents (no fraction of a cent).` })
    .min(positive ? 1 : 0, { error: `${label} must be ${positive ? 'more than $0' : '$0 or more'}.` })
    .max(MAX_CENTS, { error: `${label} must be under $10,000,000.` });

const id = z.number().int().positive();

const limitRow = z
  .object({
    id,
    perElectionCents: cents('The per-election limit', { positive: true }),
    itemizationThresholdCents: cents('The itemization threshold', { positive: true }),
    cashMaxCents: cents('The cash maximum', { positive: false }),
    anonymousCashMaxCents: cents('The anonymous cash maximum', { positive: false }),
  })
  .strict();

const driveRow = z
  .object({
    id,
    goalCents: cents('The drive goal', { positive: false }),
    defaultPageGoalCents: cents('The default page goal', { positive: false }),
  })
  .strict();

const uniqueIds = (rows: Array<{ id: number }> | undefined, ctx: z.RefinementCtx, path: string) => {
  const seen = new Set<number>();
  rows?.forEach((row, index) => {
    if (seen.has(row.id)) ctx.addIssue({ code: 'custom', path: [path, index, 'id'], message: `Row ${row.id} is listed twice.` });
    seen.add(row.id);
  });
};

/**
 * PUT /compliance/limits-and-goals (admin, settings.update): the limit rows and drives to change, each
 * with all its money fields in integer cents; no other field of those rows can be set here.
 */
export const limitsAndGoalsBody = z
  .object({
    limits: z.array(limitRow).max(50).optional(),
    drives: z.array(driveRow).max(100).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    uniqueIds(body.limits, ctx, 'limits');
    uniqueIds(body.drives, ctx, 'drives');
    body.limits?.forEach((row, index) => {
      if (row.anonymousCashMaxCents > row.cashMaxCents)
        ctx.addIssue({
          code: 'custom',
          path: ['limits', index, 'anonymousCashMaxCents'],
          message: 'The anonymous cash maximum cannot be above the cash maximum.',
        });
    });
  });
export type LimitsAndGoalsInput = z.infer<typeof limitsAndGoalsBody>;
