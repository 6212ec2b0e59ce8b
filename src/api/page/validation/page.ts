import { z } from '@strapi/utils';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '../../../domain/locales';

export const pageBySlugQuery = z
  .object({
    locale: z.enum(SUPPORTED_LOCALES).default(DEFAULT_LOCALE),
  })
  .strict();
