/** A phone bank's survey question (single choice, multiple choice or free text; options may branch). */
export interface SurveyQuestion {
  id: string;
  type: 'single' | 'multiple' | 'text';
  label: string;
  options?: Array<{ value: string; label: string; next?: string }>;
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
