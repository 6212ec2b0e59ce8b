import type { Core } from '@strapi/strapi';
import {
  createTtlCache,
  isUniqueViolation,
  NOTICE_LOCALES,
  noticeDefinitions,
  setNoticeTemplateSource,
  type NoticeDefinition,
  type NoticeLocale,
  type NoticeText,
} from '@mymitt/plugin-kit';
import { NOTICE_TEMPLATE_UID } from '../../content-types/notices/lifecycles';
import { informationOf } from '../../domain/notice-templates';
import { PLUGIN_ID } from '../../plugin-id';

/** How long an instance keeps a template it read: a save on another instance reaches this one within it. */
export const TEMPLATE_CACHE_MS = 5_000;

interface TemplateRow {
  documentId: string;
  locale: NoticeLocale;
  description: string | null;
  placeholders: string | null;
  transactional: boolean | null;
}

/**
 * The campaign's notice templates (content type `notice-template`, i18n en/es): the kit's template source,
 * and the seed that gives every registered notice its editable texts, one document per notice with its
 * English and Spanish localizations.
 */
const noticeTemplates = ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = createTtlCache<NoticeText | null>(TEMPLATE_CACHE_MS);
  const query = () => strapi.db.query(NOTICE_TEMPLATE_UID as any);
  const documents = () => strapi.documents(NOTICE_TEMPLATE_UID as any);

  const rowsOf = async (key: string) =>
    (await query().findMany({
      where: { key },
      select: ['documentId', 'locale', 'description', 'placeholders', 'transactional'],
    })) as TemplateRow[];

  /** Adds the notice's missing localizations from its defaults; another instance seeding the same one at once is fine. */
  async function seedNotice(definition: NoticeDefinition): Promise<number> {
    const information = informationOf(definition);
    let rows = await rowsOf(definition.key);
    let created = 0;
    for (const locale of NOTICE_LOCALES) {
      if (rows.some((row) => row.locale === locale)) continue;
      const text = definition.defaults[locale] ?? definition.defaults.en;
      const data = { key: definition.key, subject: text.subject, body: text.body, ...information } as any;
      const documentId = rows[0]?.documentId;
      try {
        // The Spanish text is a localization of the English document (documents.update with a new locale creates it).
        if (documentId) await documents().update({ documentId, locale, data });
        else await documents().create({ locale, data });
        created += 1;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      rows = await rowsOf(definition.key);
    }
    // A notice whose description or placeholders changed in code: staff see the new ones (the texts stay theirs).
    const stale = rows.some(
      (row) =>
        row.description !== information.description ||
        row.placeholders !== information.placeholders ||
        Boolean(row.transactional) !== information.transactional
    );
    if (stale) await query().updateMany({ where: { key: definition.key }, data: information });
    return created;
  }

  /** The text staff keep for a notice in one language, or null (the kit then uses the notice's default). */
  const find = (key: string, locale: NoticeLocale): Promise<NoticeText | null> =>
    cache.get(`${locale}:${key}`, async () => {
      const row = (await query().findOne({ where: { key, locale }, select: ['subject', 'body'] })) as NoticeText | null;
      return row ? { subject: row.subject, body: row.body } : null;
    });

  /** Creates the templates missing for every registered notice (idempotent); how many it created. */
  async function seed(): Promise<number> {
    let created = 0;
    for (const definition of noticeDefinitions(strapi)) {
      try {
        created += await seedNotice(definition);
      } catch (error) {
        // A notice whose defaults its own check refuses is a bug of that notice: it still goes out with its defaults.
        strapi.log.error(`[${PLUGIN_ID}] the templates of notice "${definition.key}" could not be seeded: ${(error as Error)?.message ?? error}`);
      }
    }
    return created;
  }

  return {
    find,

    /** Drops this instance's copies (a template was saved). */
    forget() {
      cache.clear();
    },

    seed,

    /** At boot: the kit reads templates from here, and every notice has its editable texts. */
    async start() {
      setNoticeTemplateSource(strapi, find);
      await seed();
    },
  };
};

export default noticeTemplates;
