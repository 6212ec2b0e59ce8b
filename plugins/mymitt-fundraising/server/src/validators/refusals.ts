import { errors, z } from '@strapi/utils';
import { AFFIRMATION_KEYS } from '../domain/affirmations';

type Issue = z.core.$ZodIssue;

/**
 * A strict body parser like `validateZodSchema` (same 400 and `details.errors`), which also names the
 * refusal: `refusal(issues)` may give a stable `details.code` and its fields for the site to word.
 */
export function validateWithRefusal<T extends z.ZodTypeAny>(schema: T, refusal: (issues: Issue[]) => Record<string, unknown> | null) {
  return (data: unknown): z.infer<T> => {
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues;
    throw new errors.ValidationError(issues[0]?.message ?? 'Validation error', {
      errors: issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError', value: undefined })),
      ...refusal(issues),
    });
  };
}

/**
 * FEC-08 refusals of a contribution's donor part, most specific first: a foreign address without a US
 * passport number, an affirmation not ticked (which ones), an affirmations text the server does not know.
 * Other field errors keep the generic code.
 */
export function donorRefusal(issues: Issue[]): Record<string, unknown> | null {
  if (issues.some((issue) => issue.path[0] === 'usPassportNumber' && issue.code === 'custom')) return { code: 'us_passport_required' };
  const affirmationIssues = issues.filter((issue) => issue.path[0] === 'affirmations' && issue.code !== 'unrecognized_keys');
  if (affirmationIssues.length) {
    const keys = affirmationIssues.some((issue) => issue.path.length === 1)
      ? [...AFFIRMATION_KEYS]
      : [...new Set(affirmationIssues.map((issue) => String(issue.path[1])))];
    return { code: 'affirmation_missing', affirmations: keys };
  }
  if (issues.some((issue) => issue.path[0] === 'affirmationsVersion')) return { code: 'affirmations_version_unknown' };
  return null;
}
