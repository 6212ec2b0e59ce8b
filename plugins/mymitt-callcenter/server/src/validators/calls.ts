import { errors, z } from '@strapi/utils';
import { isUsStateCode } from '@mymitt/plugin-kit';
import { DISPOSITIONS } from '../domain/dispositions';

/** Route params come from the router (koa-router may add numbered captures): unknown keys are dropped. */
export const idParams = z.object({ id: z.coerce.number().int().positive() });

/** A phone bank on the content API, by its documentId (Strapi's are 24 lowercase letters and digits). */
export const documentIdParams = z.object({
  documentId: z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'not a documentId'),
});

export const callerParams = z.object({ id: z.coerce.number().int().positive(), userId: z.coerce.number().int().positive() });

/** A route that reads no query parameter: any is a 400 `invalid_query`, as the kit answers elsewhere. */
export function refuseQueryParams(query: Record<string, unknown> | undefined) {
  const names = Object.keys(query ?? {});
  if (names.length) throw new errors.ValidationError(`Unknown query parameter: ${names.join(', ')}`, { code: 'invalid_query', names });
}

export const createListBody = z.object({ name: z.string().trim().min(1).max(120), description: z.string().max(2000).nullish() }).strict();
export type CreateListBody = z.infer<typeof createListBody>;

/** A survey choice; `labelEs` is what Spanish-speaking contacts hear (absent: the English label, flagged). */
const option = z
  .object({
    value: z.string().min(1).max(80),
    label: z.string().max(200),
    labelEs: z.string().max(200).nullish(),
    next: z.string().max(40).optional(),
  })
  .strict();

/** A survey question as staff save it; banks saved before `labelEs` existed stay valid (it is optional). */
export const surveyQuestion = z
  .object({
    id: z.string().min(1).max(40),
    type: z.enum(['single', 'multiple', 'text']),
    label: z.string().min(1).max(500),
    labelEs: z.string().max(500).nullish(),
    options: z.array(option).max(20).optional(),
  })
  .strict();
export type SurveyQuestion = z.infer<typeof surveyQuestion>;

const recontactRule = z
  .object({
    intervalMinutes: z
      .number()
      .int()
      .min(0)
      .max(60 * 24 * 60)
      .nullable(),
    maxAttempts: z.number().int().min(1).max(20),
  })
  .partial()
  .strict();

const bankFields = {
  name: z.string().trim().min(1).max(120),
  listId: z.number().int().positive(),
  scriptEn: z.string().max(20000).nullish(),
  scriptEs: z.string().max(20000).nullish(),
  questions: z.array(surveyQuestion).max(30),
  instructions: z.string().max(5000).nullish(),
  status: z.enum(['draft', 'active', 'paused', 'done']),
  whoMayCall: z.enum(['any', 'group', 'approved']),
  /** The profiles group whose active members may call a `group` bank. */
  groupSlug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a group slug, e.g. "nashua-volunteers"')
    .max(60)
    .nullish(),
  goalCompleted: z.number().int().positive().nullish(),
  /** Only the overridden dispositions are sent (zod 4's `z.record` over an enum would require all eleven). */
  recontactRules: z.partialRecord(z.enum(DISPOSITIONS), recontactRule),
  targetStates: z.array(z.string().refine(isUsStateCode, 'not a US state code')).max(60),
};

export const createBankBody = z.object(bankFields).partial().required({ name: true, listId: true }).strict();
export type CreateBankBody = z.infer<typeof createBankBody>;

export const updateBankBody = z.object(bankFields).partial().strict();
/** A phone bank's fields as staff send them (every one optional: a change). */
export type PhoneBankInput = z.infer<typeof updateBankBody>;

const answer = z.union([z.string().max(2000), z.array(z.string().max(200)).max(20), z.number(), z.boolean()]);

/** A caller's result (TEL-06): status, owner, attempts and the like are not theirs to send (SEC-02). */
export const resultBody = z
  .object({
    leaseToken: z.string().min(1).max(64),
    disposition: z.enum(DISPOSITIONS),
    answers: z.record(z.string().max(40), answer).optional(),
    notes: z.string().max(2000).optional(),
    callBackAt: z.string().datetime({ offset: true }).optional(),
    /** "Save and next": lease the next contact in the same request (counted by the next-contact rate limit). */
    next: z.boolean().optional(),
  })
  .strict();
export type ResultBody = z.infer<typeof resultBody>;

export const skipBody = z.object({ leaseToken: z.string().min(1).max(64) }).strict();

/** Applying to call an `approved` bank, and a manager's approve or revoke, carry no body. */
export const emptyBody = z.object({}).strict();
