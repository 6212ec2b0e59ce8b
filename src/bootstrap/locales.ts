import type { Core } from '@strapi/strapi';
import { LOCALE_NAMES, SUPPORTED_LOCALES } from '../domain/locales';

/** Makes sure every supported content locale exists in i18n (English is i18n's own default). */
export async function seedLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  const existing: Array<{ code: string }> = await locales.find();
  for (const code of SUPPORTED_LOCALES) {
    if (!existing.some((l) => l.code === code)) {
      await locales.create({ code, name: LOCALE_NAMES[code] });
    }
  }
}
