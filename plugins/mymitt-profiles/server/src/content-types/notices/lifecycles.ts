import { errors } from '@strapi/utils';
import { noticeDefinitions } from '@mymitt/plugin-kit';
import { findTemplateProblems, informationOf } from '../../domain/notice-templates';

export const NOTICE_TEMPLATE_UID = 'plugin::mymitt-profiles.notice-template';

type Data = Record<string, unknown>;
interface WriteEvent {
  params: { data?: Data; where?: Record<string, unknown> };
}

const definitionOf = (key: string) => noticeDefinitions(strapi).find((definition) => definition.key === key);

/**
 * Every save (the content manager, the seed, a script) is checked: the key names a registered notice and
 * never changes, the subject and body use only placeholders that notice fills. A refusal is a 400
 * ValidationError naming the placeholder, and nothing is written. The informational fields (description,
 * placeholders, transactional) always say what the notice's definition says, whatever was sent.
 */
function check(data: Data, savedKey: string | null) {
  const problems = findTemplateProblems(data, savedKey, definitionOf);
  if (problems.length) {
    const unknown = problems.flatMap((problem) => problem.unknown ?? []);
    throw new errors.ValidationError(problems.map((problem) => problem.message).join(' '), {
      code: unknown.length ? 'unknown_placeholder' : 'invalid_notice_key',
      ...(unknown.length ? { placeholders: [...new Set(unknown)] } : {}),
      errors: problems.map((problem) => ({ path: [problem.path], message: problem.message, name: 'ValidationError' })),
    });
  }
  const key = typeof data.key === 'string' ? data.key : savedKey;
  const information = informationOf(definitionOf(key!)!);
  for (const field of ['description', 'placeholders', 'transactional'] as const) {
    if (savedKey === null || field in data) data[field] = information[field];
  }
}

/** Each instance keeps the templates a few seconds (services/notices/notice-templates.ts); a save here drops its copy at once. */
const forgetTemplates = () => strapi.plugin('mymitt-profiles').service('notice-templates').forget();

export default {
  beforeCreate(event: WriteEvent) {
    check((event.params.data ??= {}), null);
  },
  async beforeUpdate(event: WriteEvent) {
    const saved = (await strapi.db.query(NOTICE_TEMPLATE_UID).findOne({ where: event.params.where, select: ['key'] })) as { key: string } | null;
    check((event.params.data ??= {}), saved?.key ?? null);
  },
  afterCreate: forgetTemplates,
  afterUpdate: forgetTemplates,
  afterDelete: forgetTemplates,
  afterDeleteMany: forgetTemplates,
  afterUpdateMany: forgetTemplates,
};
