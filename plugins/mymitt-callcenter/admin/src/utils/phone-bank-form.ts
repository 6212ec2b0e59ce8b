import { DISPOSITIONS, type Disposition } from '../../../server/src/domain/dispositions';
import type {
  CallList,
  PhoneBank,
  PhoneBankBody,
  PhoneBankStatus,
  QuestionType,
  SurveyQuestion,
  WhoMayCall,
} from '../../../shared/contracts/call-admin';

/**
 * The phone-bank builder's form model, apart from React so the API tests post the very bodies the
 * builder sends: `toForm` reads a saved bank into what the fields show, `toBody` turns the form into the
 * POST / PUT body.
 */

export type RecontactMode = 'default' | 'after' | 'never';
export interface RuleForm {
  mode: RecontactMode;
  intervalMinutes?: number;
  maxAttempts?: number;
}

/** The form keeps what is typed: numbers may be undefined, states are one comma-separated text. */
export interface BankForm {
  name: string;
  listId: string;
  scriptEn: string;
  scriptEs: string;
  instructions: string;
  status: PhoneBankStatus;
  whoMayCall: WhoMayCall;
  groupSlug: string;
  goalCompleted?: number;
  targetStatesText: string;
  questions: SurveyQuestion[];
  rules: Record<Disposition, RuleForm>;
}

export function toForm(bank: PhoneBank | null, lists: CallList[]): BankForm {
  const rules = Object.fromEntries(
    DISPOSITIONS.map((d) => {
      const override = bank?.recontactRules?.[d];
      if (!override) return [d, { mode: 'default' }];
      const mode: RecontactMode =
        override.intervalMinutes === null ? 'never' : override.intervalMinutes !== undefined ? 'after' : 'default';
      return [d, { mode, intervalMinutes: override.intervalMinutes ?? undefined, maxAttempts: override.maxAttempts }];
    })
  ) as Record<Disposition, RuleForm>;
  return {
    name: bank?.name ?? '',
    listId: bank ? String(bank.listId) : lists[0] ? String(lists[0].id) : '',
    scriptEn: bank?.scriptEn ?? '',
    scriptEs: bank?.scriptEs ?? '',
    instructions: bank?.instructions ?? '',
    status: bank?.status ?? 'draft',
    whoMayCall: bank?.whoMayCall ?? 'any',
    groupSlug: bank?.groupSlug ?? '',
    goalCompleted: bank?.goalCompleted ?? undefined,
    targetStatesText: (bank?.targetStates ?? []).join(', '),
    questions: bank?.questions ?? [],
    rules,
  };
}

/**
 * The body POST / PUT expect. Values are sent as typed (a blank goal is null, "ne" becomes "NE") for
 * the server to judge: its 400 names each bad path, shown next to the field.
 */
export function toBody(form: BankForm): PhoneBankBody {
  const recontactRules: PhoneBankBody['recontactRules'] = {};
  for (const d of DISPOSITIONS) {
    const rule = form.rules[d];
    const override: { intervalMinutes?: number | null; maxAttempts?: number } = {};
    if (rule.mode === 'never') override.intervalMinutes = null;
    if (rule.mode === 'after' && rule.intervalMinutes !== undefined) override.intervalMinutes = rule.intervalMinutes;
    if (rule.maxAttempts !== undefined) override.maxAttempts = rule.maxAttempts;
    if (Object.keys(override).length) recontactRules[d] = override;
  }
  return {
    name: form.name,
    listId: Number(form.listId),
    scriptEn: form.scriptEn.trim() ? form.scriptEn : null,
    scriptEs: form.scriptEs.trim() ? form.scriptEs : null,
    instructions: form.instructions.trim() ? form.instructions : null,
    status: form.status,
    whoMayCall: form.whoMayCall,
    groupSlug: form.whoMayCall === 'group' && form.groupSlug.trim() ? form.groupSlug.trim() : null,
    goalCompleted: form.goalCompleted ?? null,
    targetStates: form.targetStatesText
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map((s) => s.toUpperCase()),
    questions: form.questions.map((q) => ({
      ...q,
      labelEs: q.labelEs?.trim() ? q.labelEs : undefined,
      options: q.type === 'text' ? undefined : (q.options ?? []).map((o) => ({ ...o, next: o.next || undefined })),
    })),
    recontactRules,
  };
}

export const STATUSES: PhoneBankStatus[] = ['draft', 'active', 'paused', 'done'];
export const WHO: WhoMayCall[] = ['any', 'group', 'approved'];
export const QUESTION_TYPES: QuestionType[] = ['single', 'multiple', 'text'];

/** The first server error at `prefix` or below it ('questions.0' finds 'questions.0.options.1.value'). */
export const errorAt = (errors: Record<string, string>, prefix: string) =>
  Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];

export type SurveyOption = NonNullable<SurveyQuestion['options']>[number];

/** A new single-choice question at the end, with the next free id `q<n>`. */
export function addQuestion(questions: SurveyQuestion[]): SurveyQuestion[] {
  return [...questions, { id: `q${questions.length + 1}`, type: 'single', label: '', options: [] }];
}

export function removeQuestion(questions: SurveyQuestion[], index: number): SurveyQuestion[] {
  return questions.filter((_, i) => i !== index);
}

export function updateQuestion(questions: SurveyQuestion[], index: number, change: Partial<SurveyQuestion>): SurveyQuestion[] {
  return questions.map((q, i) => (i === index ? { ...q, ...change } : q));
}

/** A new type: a text question has no choices; a choice question keeps the ones it had. */
export function setQuestionType(questions: SurveyQuestion[], index: number, type: QuestionType): SurveyQuestion[] {
  return updateQuestion(questions, index, { type, options: type === 'text' ? undefined : (questions[index].options ?? []) });
}

export function addOption(questions: SurveyQuestion[], qIndex: number): SurveyQuestion[] {
  return updateQuestion(questions, qIndex, { options: [...(questions[qIndex].options ?? []), { value: '', label: '' }] });
}

export function removeOption(questions: SurveyQuestion[], qIndex: number, oIndex: number): SurveyQuestion[] {
  return updateQuestion(questions, qIndex, { options: (questions[qIndex].options ?? []).filter((_, i) => i !== oIndex) });
}

export function updateOption(questions: SurveyQuestion[], qIndex: number, oIndex: number, change: Partial<SurveyOption>): SurveyQuestion[] {
  return updateQuestion(questions, qIndex, {
    options: (questions[qIndex].options ?? []).map((o, i) => (i === oIndex ? { ...o, ...change } : o)),
  });
}

/** The questions a choice may jump to: every other question that has an id. */
export function branchTargets(questions: SurveyQuestion[], qIndex: number): SurveyQuestion[] {
  return questions.filter((other, i) => i !== qIndex && other.id);
}
