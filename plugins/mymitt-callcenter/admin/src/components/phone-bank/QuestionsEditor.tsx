import { Box, Button, Flex, Grid } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { FormCell, InlineError, Panel, RemoveRowButton, SelectField, TextField } from '@mymitt/admin-kit';
import type { QuestionType, SurveyQuestion } from '../../../../shared/contracts/call-admin';
import {
  QUESTION_TYPES,
  addQuestion,
  removeQuestion,
  updateQuestion,
  setQuestionType,
  addOption,
  removeOption,
  updateOption,
  branchTargets,
  type SurveyOption,
} from '../../utils/phone-bank-form';
import { useMessages } from '../../hooks/use-messages';

const NO_BRANCH = '__next__';

interface EditorProps {
  questions: SurveyQuestion[];
  errors: Record<string, string>;
  onChange: (questions: SurveyQuestion[]) => void;
}

/** The name and server error of the field at `path`. */
const at = (errors: Record<string, string>, path: string) => ({ name: path, error: errors[path] });

/** One choice of a question: its value, labels and the question it jumps to. */
const OptionRow = ({ questions, errors, onChange, qIndex, oIndex }: EditorProps & { qIndex: number; oIndex: number }) => {
  const t = useMessages();
  const option = (questions[qIndex].options ?? [])[oIndex];
  const path = `questions.${qIndex}.options.${oIndex}`;
  const setOption = (change: Partial<SurveyOption>) => onChange(updateOption(questions, qIndex, oIndex, change));
  return (
    <Grid.Root gap={3}>
      <TextField
        col={2}
        s={12}
        {...at(errors, `${path}.value`)}
        required
        label={t('builder.optionValue', 'Value')}
        value={option.value}
        onChange={(value) => setOption({ value })}
      />
      <TextField
        col={3}
        s={12}
        {...at(errors, `${path}.label`)}
        label={t('builder.optionLabel', 'Label')}
        value={option.label}
        onChange={(label) => setOption({ label })}
      />
      <TextField
        col={3}
        s={12}
        {...at(errors, `${path}.labelEs`)}
        label={t('builder.optionLabelEs', 'Label (Spanish)')}
        value={option.labelEs ?? ''}
        onChange={(labelEs) => setOption({ labelEs })}
      />
      <SelectField
        col={3}
        s={11}
        {...at(errors, `${path}.next`)}
        label={t('builder.optionNext', 'Then ask')}
        value={option.next || NO_BRANCH}
        options={[
          { value: NO_BRANCH, label: t('builder.nextInOrder', 'The next question') },
          ...branchTargets(questions, qIndex).map((other) => ({ value: other.id, label: `${other.id}: ${other.label}` })),
        ]}
        onChange={(value) => setOption({ next: value === NO_BRANCH ? undefined : value })}
      />
      <RemoveRowButton
        label={t('builder.removeOption', 'Remove this choice')}
        onClick={() => onChange(removeOption(questions, qIndex, oIndex))}
      />
    </Grid.Root>
  );
};

/** One question: id, type, English and Spanish wording, and its choices unless it takes free text. */
const QuestionBlock = ({ questions, errors, onChange, qIndex }: EditorProps & { qIndex: number }) => {
  const t = useMessages();
  const question = questions[qIndex];
  const path = `questions.${qIndex}`;
  const setQuestion = (change: Partial<SurveyQuestion>) => onChange(updateQuestion(questions, qIndex, change));
  return (
    <Box padding={4} borderColor="neutral200" hasRadius>
      <Grid.Root gap={4}>
        <TextField
          col={2}
          s={4}
          {...at(errors, `${path}.id`)}
          required
          hint={t('builder.questionIdHint', 'Column in the results')}
          label={t('builder.questionId', 'Id')}
          value={question.id}
          onChange={(id) => setQuestion({ id })}
        />
        <SelectField
          col={2}
          s={8}
          {...at(errors, `${path}.type`)}
          required
          label={t('builder.questionType', 'Type')}
          value={question.type}
          options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionType.${type}`, type) }))}
          onChange={(value) => onChange(setQuestionType(questions, qIndex, value as QuestionType))}
        />
        <TextField
          col={4}
          s={12}
          {...at(errors, `${path}.label`)}
          required
          label={t('builder.questionLabel', 'Question (English)')}
          value={question.label}
          onChange={(label) => setQuestion({ label })}
        />
        <TextField
          col={3}
          s={11}
          {...at(errors, `${path}.labelEs`)}
          label={t('builder.questionLabelEs', 'Question (Spanish)')}
          value={question.labelEs ?? ''}
          onChange={(labelEs) => setQuestion({ labelEs })}
        />
        <RemoveRowButton
          label={t('builder.removeQuestion', 'Remove this question')}
          onClick={() => onChange(removeQuestion(questions, qIndex))}
        />
      </Grid.Root>
      {question.type !== 'text' && (
        <Box paddingTop={4} paddingLeft={6}>
          <InlineError>{errors[`${path}.options`]}</InlineError>
          <Flex direction="column" alignItems="stretch" gap={2}>
            {(question.options ?? []).map((_, oIndex) => (
              <OptionRow key={oIndex} questions={questions} errors={errors} onChange={onChange} qIndex={qIndex} oIndex={oIndex} />
            ))}
            <Box>
              <Button variant="tertiary" size="S" startIcon={<Plus />} onClick={() => onChange(addOption(questions, qIndex))}>
                {t('builder.addOption', 'Add a choice')}
              </Button>
            </Box>
          </Flex>
        </Box>
      )}
    </Box>
  );
};

/** The bank's survey questions, each with its choices and branching. */
export const QuestionsEditor = (props: EditorProps) => {
  const t = useMessages();
  return (
    <Panel
      title={t('builder.questions', 'Survey questions')}
      hint={t(
        'builder.questionsHint',
        'Callers record an answer per question. A choice may jump to another question; otherwise the next one in order follows.'
      )}
      action={
        <Button variant="secondary" startIcon={<Plus />} onClick={() => props.onChange(addQuestion(props.questions))}>
          {t('builder.addQuestion', 'Add a question')}
        </Button>
      }
    >
      <InlineError>{props.errors.questions}</InlineError>
      <Flex direction="column" alignItems="stretch" gap={5}>
        {props.questions.map((_, qIndex) => (
          <QuestionBlock key={qIndex} {...props} qIndex={qIndex} />
        ))}
      </Flex>
    </Panel>
  );
};
