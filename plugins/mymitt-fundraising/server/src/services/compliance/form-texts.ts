import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../../plugin-id';
import { AFFIRMATION_KEYS, AFFIRMATION_TEXTS, CURRENT_AFFIRMATIONS_VERSION, type AffirmationKey } from '../../domain/affirmations';
import {
  DEFAULT_SPANISH_FORM_TEXTS,
  englishFormTexts,
  localizeFormTexts,
  type FormLocale,
  type LocalizedFormTexts,
  type SpanishFormTexts,
} from '../../domain/form-texts';
import type { SpanishFormTextsBody } from '../../validators/form-texts';

const SPANISH_KEY = 'form-texts-es';
/** One core-store entry per Spanish affirmations wording ever saved: what a stored version proves. */
const wordingKey = (version: string) => `affirmations-wording:${version}`;

/**
 * `getService('form-texts')`: the Spanish of the contribution form's texts, which finance staff write in
 * the admin (Compliance page), and the archive of every Spanish affirmations wording donors may have seen.
 */
const formTexts = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = (key: string) => strapi.store({ type: 'plugin', name: PLUGIN_ID, key });

  /** Archives the five affirmations a locale would show with these Spanish texts (idempotent). */
  async function archiveWording(spanish: SpanishFormTexts) {
    const { affirmationsVersion, texts } = localizeFormTexts('es', spanish, CURRENT_AFFIRMATIONS_VERSION);
    if (affirmationsVersion in AFFIRMATION_TEXTS) return;
    const entry = store(wordingKey(affirmationsVersion));
    if (await entry.get({})) return;
    const affirmations = Object.fromEntries(AFFIRMATION_KEYS.map((key) => [key, texts[key]]));
    await entry.set({ value: { locale: 'es', affirmations, firstSavedAt: new Date().toISOString() } });
  }

  return {
    async spanish(): Promise<SpanishFormTexts | null> {
      return ((await store(SPANISH_KEY).get({})) as SpanishFormTexts | null) ?? null;
    },

    /** First boot: the reviewed Spanish defaults, never over what staff saved. */
    async seedDefaults() {
      if (await this.spanish()) return;
      await store(SPANISH_KEY).set({ value: DEFAULT_SPANISH_FORM_TEXTS });
      await archiveWording(DEFAULT_SPANISH_FORM_TEXTS);
    },

    /** The form's texts in `locale`, English where the Spanish is missing (listed in `fallbacks`). */
    async localized(locale: FormLocale): Promise<LocalizedFormTexts> {
      return localizeFormTexts(locale, locale === 'es' ? await this.spanish() : null, CURRENT_AFFIRMATIONS_VERSION);
    },

    /** The admin's editor: the English originals beside the Spanish staff saved. */
    async editor() {
      const spanish = await this.spanish();
      return {
        englishVersion: CURRENT_AFFIRMATIONS_VERSION,
        english: englishFormTexts(CURRENT_AFFIRMATIONS_VERSION),
        translatesVersion: spanish?.translatesVersion ?? null,
        spanish: spanish?.texts ?? {},
        spanishAffirmationsVersion: (await this.localized('es')).affirmationsVersion,
      };
    },

    /** Replaces the Spanish texts (they now translate the current English version). */
    async update({ texts }: SpanishFormTextsBody) {
      const spanish: SpanishFormTexts = { translatesVersion: CURRENT_AFFIRMATIONS_VERSION, texts };
      await archiveWording(spanish);
      await store(SPANISH_KEY).set({ value: spanish });
      return this.editor();
    },

    /** The five affirmation texts a version names (English in code, Spanish in the archive), or null. */
    async affirmationsOf(version: string): Promise<Record<AffirmationKey, string> | null> {
      if (version in AFFIRMATION_TEXTS) return AFFIRMATION_TEXTS[version];
      const entry = (await store(wordingKey(version)).get({})) as { affirmations: Record<AffirmationKey, string> } | null;
      return entry?.affirmations ?? null;
    },

    /** A contribution may only record a version whose texts are known (the form reloads otherwise). */
    async assertKnownAffirmationsVersion(version: string) {
      if (await this.affirmationsOf(version)) return;
      throw new errors.ValidationError('Unknown affirmations version; reload the form.', {
        code: 'affirmations_version_unknown',
        errors: [{ path: ['affirmationsVersion'], message: 'Unknown affirmations version; reload the form.', name: 'ValidationError' }],
      });
    },
  };
};

export default formTexts;
