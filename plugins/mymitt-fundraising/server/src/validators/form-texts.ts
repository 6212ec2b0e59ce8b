import { z } from '@strapi/utils';
import { FORM_TEXT_KEYS, REDESIGNATION_PLACEHOLDERS, type FormTextKey } from '../domain/form-texts';

/** One Spanish text: empty or null means "not translated" (the English one is answered, flagged). */
const spanishText = z
  .string()
  .trim()
  .max(2000, 'A text is at most 2000 characters.')
  .nullable()
  .optional()
  .transform((text) => text || null);

/** PUT /mymitt-fundraising/compliance/texts (admin): the Spanish of every form text, replaced as a whole. */
export const spanishFormTextsBody = z
  .object({
    texts: z
      .object(Object.fromEntries(FORM_TEXT_KEYS.map((key) => [key, spanishText])) as Record<FormTextKey, typeof spanishText>)
      .strict(),
  })
  .strict()
  .superRefine(({ texts }, ctx) => {
    const template = texts.redesignationConsent;
    const missing = template ? REDESIGNATION_PLACEHOLDERS.filter((placeholder) => !template.includes(placeholder)) : [];
    if (missing.length)
      ctx.addIssue({
        code: 'custom',
        path: ['texts', 'redesignationConsent'],
        message: `The redesignation sentence must keep ${missing.join(', ')} (filled with the limit and the election names).`,
      });
  });
export type SpanishFormTextsBody = z.infer<typeof spanishFormTextsBody>;

/** `?locale=en|es` on the single (non-list) routes that answer staff-written text. */
export const localeQuery = z.object({ locale: z.enum(['en', 'es']).optional() }).strict();
