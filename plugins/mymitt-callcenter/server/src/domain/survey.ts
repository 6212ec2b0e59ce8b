import type { SurveyQuestion } from '../validators/calls';

/** A phone bank's survey question (single choice, multiple choice or free text; options may branch), as staff save it. */
export type { SurveyQuestion };

/** The languages a contact may speak, and so of a phone bank's script and survey labels. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A label as a caller reads it: in the offer's language, both originals kept so the caller can switch. */
export interface LocalizedLabel {
  label: string;
  labelEn: string;
  labelEs: string | null;
  /** Spanish was asked for and staff wrote none: `label` is the English one. */
  labelFallback: boolean;
}

export interface LocalizedQuestion extends LocalizedLabel {
  id: string;
  type: SurveyQuestion['type'];
  options?: Array<LocalizedLabel & { value: string; next?: string }>;
}

const spanishText = (text: string | null | undefined) => (typeof text === 'string' && text.trim() ? text : null);

function localizedLabel(label: string, labelEs: string | null | undefined, language: Language): LocalizedLabel {
  const spanish = spanishText(labelEs);
  const inSpanish = language === 'es' && spanish !== null;
  return { label: inSpanish ? spanish : label, labelEn: label, labelEs: spanish, labelFallback: language === 'es' && !inSpanish };
}

/** The bank's questions with their labels (and their options' labels) in `language`, English where Spanish is missing. */
export function localizeQuestions(questions: SurveyQuestion[], language: Language): LocalizedQuestion[] {
  return questions.map((question) => ({
    id: question.id,
    type: question.type,
    ...localizedLabel(question.label, question.labelEs, language),
    ...(question.options
      ? {
          options: question.options.map((option) => ({
            value: option.value,
            ...localizedLabel(option.label, option.labelEs, language),
            ...(option.next ? { next: option.next } : {}),
          })),
        }
      : {}),
  }));
}

/**
 * The script a caller reads to a contact: the contact's language's when the bank has one; otherwise the
 * English one, with `scriptFallback` set when the contact speaks Spanish.
 */
export function scriptFor(scriptEn: string | null, scriptEs: string | null, language: Language) {
  const spanish = spanishText(scriptEs);
  if (language === 'es' && spanish !== null) return { script: spanish, scriptLanguage: 'es' as Language, scriptFallback: false };
  return { script: scriptEn, scriptLanguage: 'en' as Language, scriptFallback: language === 'es' };
}

/**
 * A contact's language as a CSV cell may write it (en, es, English, Spanish, Español, Inglés; case and
 * accents aside); null when it is none of them.
 */
export function languageOf(text: string): Language | null {
  const word = text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (word === 'en' || word === 'english' || word === 'ingles') return 'en';
  if (word === 'es' || word === 'spanish' || word === 'espanol') return 'es';
  return null;
}

/**
 * Checks a caller's answers against the phone bank's questions: known question ids only, a single choice
 * among its options, a multiple choice a list of its options, text as text. Returns the problems found.
 */
export function answerProblems(questions: SurveyQuestion[], answers: Record<string, unknown>): string[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) {
      problems.push(`${id}: no such question`);
      continue;
    }
    const allowed = new Set((question.options ?? []).map((o) => o.value));
    if (question.type === 'text') {
      if (typeof value !== 'string') problems.push(`${id}: expects text`);
    } else if (question.type === 'single') {
      if (typeof value !== 'string' || (allowed.size > 0 && !allowed.has(value))) problems.push(`${id}: expects one of its options`);
    } else if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || (allowed.size > 0 && !allowed.has(v)))) {
      problems.push(`${id}: expects a list of its options`);
    }
  }
  return problems;
}
