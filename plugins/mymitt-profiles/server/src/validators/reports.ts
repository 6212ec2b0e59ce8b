import { z } from '@strapi/utils';
import { ACTIVITY_KINDS, type ActivityKind } from '../domain/activity-sources';

/** GET /reports/supporters (admin): how many weeks of sign-ups to show. */
export const supportersReportQuery = z
  .object({
    weeks: z.coerce.number().int().min(1).max(104).default(12),
  })
  .strict();

/** GET /reports/super-volunteers[.csv] (admin): optional state and activity kind, and how many rows. */
export const superVolunteersQuery = z
  .object({
    state: z
      .string()
      .regex(/^[A-Z]{2}$/, 'state must be a two-letter state code, e.g. NH.')
      .optional(),
    kind: z.enum(ACTIVITY_KINDS as [ActivityKind, ...ActivityKind[]]).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

export type SupportersReportQuery = z.infer<typeof supportersReportQuery>;
export type SuperVolunteersQuery = z.infer<typeof superVolunteersQuery>;
