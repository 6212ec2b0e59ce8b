import { COMMON_PLACEHOLDERS, placeholdersIn, type NoticeDefinition } from '@mymitt/plugin-kit';

/** What the admin shows beside a template, filled from the notice's definition (staff do not write it). */
export interface TemplateInformation {
  description: string;
  /** `{{name}}, {{committeeName}}, …`: every placeholder the template may use. */
  placeholders: string;
  transactional: boolean;
}

export interface TemplateProblem {
  /** The field: `key`, `subject` or `body`. */
  path: string;
  message: string;
  /** The placeholders the notice does not offer, for `unknown_placeholder`. */
  unknown?: string[];
}

/** The placeholders a notice's template may use: its own and those every notice fills. */
export function offeredPlaceholders(definition: Pick<NoticeDefinition, 'placeholders'>): string[] {
  return [...new Set([...COMMON_PLACEHOLDERS, ...definition.placeholders])];
}

export function informationOf(definition: Pick<NoticeDefinition, 'description' | 'placeholders' | 'transactional'>): TemplateInformation {
  return {
    description: definition.description,
    placeholders: offeredPlaceholders(definition)
      .map((name) => `{{${name}}}`)
      .join(', '),
    transactional: definition.transactional,
  };
}

/** Names a template uses (`{{x}}`, `{{#x}}…{{/x}}`, `{{^x}}…{{/x}}`) that the notice does not fill, in order of appearance. */
export function unknownPlaceholders(definition: Pick<NoticeDefinition, 'placeholders'>, text: string): string[] {
  const offered = new Set(offeredPlaceholders(definition));
  return placeholdersIn(text).filter((name) => !offered.has(name));
}

const list = (names: string[]) => names.map((name) => `{{${name}}}`).join(', ');

/**
 * What is wrong with a template save: a key no notice has, a key changed on an existing template, a subject
 * or body with a placeholder its notice does not fill. `savedKey` is the template's key before this save
 * (null when it is being created); fields absent from `data` are not being changed.
 */
export function findTemplateProblems(
  data: { key?: unknown; subject?: unknown; body?: unknown },
  savedKey: string | null,
  definitionOf: (key: string) => NoticeDefinition | undefined
): TemplateProblem[] {
  const key = typeof data.key === 'string' ? data.key : savedKey;
  if (savedKey !== null && data.key !== undefined && data.key !== savedKey) {
    return [{ path: 'key', message: `The key of a notice template cannot change (it is "${savedKey}").` }];
  }
  const definition = key ? definitionOf(key) : undefined;
  if (!key || !definition) {
    return [{ path: 'key', message: `No notice has the key "${key ?? ''}": templates exist only for the notices the plugins send.` }];
  }
  const problems: TemplateProblem[] = [];
  for (const field of ['subject', 'body'] as const) {
    const text = data[field];
    if (typeof text !== 'string') continue;
    const unknown = unknownPlaceholders(definition, text);
    if (unknown.length) {
      problems.push({
        path: field,
        unknown,
        message: `The ${field} uses ${list(unknown)}, which the notice "${key}" does not fill. It may use: ${list(offeredPlaceholders(definition))}.`,
      });
    }
  }
  return problems;
}
