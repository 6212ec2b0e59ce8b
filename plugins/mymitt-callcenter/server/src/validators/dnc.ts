import { z } from '@strapi/utils';
import { normalizeUsPhone } from '../domain/phone';

const phone = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    const e164 = normalizeUsPhone(value);
    if (!e164) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'not a valid US phone number' });
      return z.NEVER;
    }
    return e164;
  });

export const dncListQuery = z
  .object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
    phone: phone.optional(),
    active: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .strict();
export type DncListQuery = z.infer<typeof dncListQuery>;

export const dncAddBody = z.object({ phone, reason: z.string().max(200).nullish(), note: z.string().max(1000).nullish() }).strict();

export const dncPhoneParams = z.object({ phone });

export const dncDeactivateBody = z.object({ note: z.string().trim().min(3).max(1000) }).strict();
