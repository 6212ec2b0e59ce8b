import {
  addOption,
  addQuestion,
  branchTargets,
  errorAt,
  removeOption,
  removeQuestion,
  setQuestionType,
  toBody,
  toForm,
  updateOption,
  updateQuestion,
} from '../../plugins/mymitt-callcenter/admin/src/utils/phone-bank-form';
import type { CallList, PhoneBank, SurveyQuestion } from '../../plugins/mymitt-callcenter/shared/contracts/call-admin';

/** The phone-bank builder's pure form model: what the React components call, without a browser. */
const lists = [{ id: 7, name: 'Precinct 12' }] as CallList[];

describe('phone-bank form model', () => {
  it('starts a new bank on the first list as a draft anyone may call, with no overrides', () => {
    const form = toForm(null, lists);
    expect(form).toMatchObject({ name: '', listId: '7', status: 'draft', whoMayCall: 'any', questions: [], targetStatesText: '' });
    expect(Object.values(form.rules).every((rule) => rule.mode === 'default')).toBe(true);
  });

  it('reads a saved bank and writes the same body back (blank texts null, states upper-cased, never/after rules)', () => {
    const bank = {
      id: 3,
      name: 'GOTV',
      listId: 7,
      scriptEn: 'Hi',
      scriptEs: '  ',
      instructions: null,
      status: 'active',
      whoMayCall: 'group',
      groupSlug: ' captains ',
      goalCompleted: 50,
      targetStates: ['NV', 'AZ'],
      questions: [],
      recontactRules: { busy: { intervalMinutes: 30 }, refused: { intervalMinutes: null } },
    } as unknown as PhoneBank;
    const form = toForm(bank, lists);
    expect(form.rules.busy).toEqual({ mode: 'after', intervalMinutes: 30, maxAttempts: undefined });
    expect(form.rules.refused.mode).toBe('never');
    const body = toBody({ ...form, targetStatesText: 'nv, az;ut' });
    expect(body).toMatchObject({
      name: 'GOTV',
      listId: 7,
      scriptEn: 'Hi',
      scriptEs: null,
      instructions: null,
      groupSlug: 'captains',
      goalCompleted: 50,
      targetStates: ['NV', 'AZ', 'UT'],
      recontactRules: { busy: { intervalMinutes: 30 }, refused: { intervalMinutes: null } },
    });
  });

  it('adds, edits, retypes and removes questions and choices without touching the others', () => {
    let questions: SurveyQuestion[] = addQuestion(addQuestion([]));
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    questions = updateQuestion(questions, 0, { label: 'Support?' });
    questions = addOption(addOption(questions, 0), 0);
    questions = updateOption(questions, 0, 1, { value: 'no', label: 'No', next: 'q2' });
    expect(questions[0]).toEqual({
      id: 'q1',
      type: 'single',
      label: 'Support?',
      options: [
        { value: '', label: '' },
        { value: 'no', label: 'No', next: 'q2' },
      ],
    });
    expect(removeOption(questions, 0, 0)[0].options).toEqual([{ value: 'no', label: 'No', next: 'q2' }]);
    expect(setQuestionType(questions, 0, 'text')[0].options).toBeUndefined();
    expect(setQuestionType(questions, 0, 'multiple')[0].options).toHaveLength(2);
    expect(branchTargets(questions, 0).map((q) => q.id)).toEqual(['q2']);
    expect(removeQuestion(questions, 0).map((q) => q.id)).toEqual(['q2']);
    expect(questions[1]).toEqual({ id: 'q2', type: 'single', label: '', options: [] });
  });

  it('sends a text question without choices and a choice without a jump as "next in order"', () => {
    const questions = updateOption(addOption(addQuestion([]), 0), 0, 0, { value: 'y', label: 'Yes', next: '' });
    const body = toBody({ ...toForm(null, lists), questions: [...questions, { id: 'why', type: 'text', label: 'Why?', options: [] }] });
    expect(body.questions?.[0].options).toEqual([{ value: 'y', label: 'Yes', next: undefined }]);
    expect(body.questions?.[1].options).toBeUndefined();
  });

  it('finds the server error at a path or below it', () => {
    const errors = { 'questions.0.options.1.value': 'Required', name: 'Too long' };
    expect(errorAt(errors, 'questions.0')).toBe('Required');
    expect(errorAt(errors, 'name')).toBe('Too long');
    expect(errorAt(errors, 'questions.1')).toBeUndefined();
  });
});
