import { TextField } from '@mymitt/admin-kit';
import { Box, Button, Field, Flex, Grid, IconButton, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
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

export const QuestionsEditor = ({
  questions,
  errors,
  onChange,
}: {
  questions: SurveyQuestion[];
  errors: Record<string, string>;
  onChange: (questions: SurveyQuestion[]) => void;
}) => {
  const t = useMessages();
  const setQuestion = (index: number, change: Partial<SurveyQuestion>) => onChange(updateQuestion(questions, index, change));
  const setOption = (qIndex: number, oIndex: number, change: Partial<SurveyOption>) =>
    onChange(updateOption(questions, qIndex, oIndex, change));

  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Flex justifyContent="space-between">
        <Typography variant="delta" tag="h2">
          {t('builder.questions', 'Survey questions')}
        </Typography>
        <Button variant="secondary" startIcon={<Plus />} onClick={() => onChange(addQuestion(questions))}>
          {t('builder.addQuestion', 'Add a question')}
        </Button>
      </Flex>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {t(
          'builder.questionsHint',
          'Callers record an answer per question. A choice may jump to another question; otherwise the next one in order follows.'
        )}
      </Typography>
      {errors.questions && (
        <Typography tag="p" variant="pi" textColor="danger600">
          {errors.questions}
        </Typography>
      )}
      <Flex direction="column" alignItems="stretch" gap={5} paddingTop={4}>
        {questions.map((question, qIndex) => {
          const path = `questions.${qIndex}`;
          return (
            <Box key={qIndex} padding={4} borderColor="neutral200" hasRadius>
              <Grid.Root gap={4}>
                <Grid.Item col={2} s={4} direction="column" alignItems="stretch">
                  <TextField
                    name={`${path}.id`}
                    required
                    error={errors[`${path}.id`]}
                    hint={t('builder.questionIdHint', 'Column in the results')}
                    label={t('builder.questionId', 'Id')}
                    value={question.id}
                    onChange={(value) => setQuestion(qIndex, { id: value })}
                  />
                </Grid.Item>
                <Grid.Item col={2} s={8} direction="column" alignItems="stretch">
                  <Field.Root name={`${path}.type`} required error={errors[`${path}.type`]}>
                    <Field.Label>{t('builder.questionType', 'Type')}</Field.Label>
                    <SingleSelect
                      value={question.type}
                      onChange={(value: string | number) => onChange(setQuestionType(questions, qIndex, value as QuestionType))}
                    >
                      {QUESTION_TYPES.map((type) => (
                        <SingleSelectOption key={type} value={type}>
                          {t(`questionType.${type}`, type)}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <TextField
                    name={`${path}.label`}
                    required
                    error={errors[`${path}.label`]}
                    label={t('builder.questionLabel', 'Question (English)')}
                    value={question.label}
                    onChange={(value) => setQuestion(qIndex, { label: value })}
                  />
                </Grid.Item>
                <Grid.Item col={3} s={11} direction="column" alignItems="stretch">
                  <TextField
                    name={`${path}.labelEs`}
                    error={errors[`${path}.labelEs`]}
                    label={t('builder.questionLabelEs', 'Question (Spanish)')}
                    value={question.labelEs ?? ''}
                    onChange={(value) => setQuestion(qIndex, { labelEs: value })}
                  />
                </Grid.Item>
                <Grid.Item col={1} s={1} direction="column" alignItems="flex-end" justifyContent="flex-end">
                  <IconButton
                    label={t('builder.removeQuestion', 'Remove this question')}
                    variant="ghost"
                    onClick={() => onChange(removeQuestion(questions, qIndex))}
                  >
                    <Trash />
                  </IconButton>
                </Grid.Item>
              </Grid.Root>
              {question.type !== 'text' && (
                <Box paddingTop={4} paddingLeft={6}>
                  {errors[`${path}.options`] && (
                    <Typography tag="p" variant="pi" textColor="danger600">
                      {errors[`${path}.options`]}
                    </Typography>
                  )}
                  <Flex direction="column" alignItems="stretch" gap={2}>
                    {(question.options ?? []).map((option, oIndex) => {
                      const optionPath = `${path}.options.${oIndex}`;
                      return (
                        <Grid.Root key={oIndex} gap={3}>
                          <Grid.Item col={2} s={12} direction="column" alignItems="stretch">
                            <TextField
                              name={`${optionPath}.value`}
                              required
                              error={errors[`${optionPath}.value`]}
                              label={t('builder.optionValue', 'Value')}
                              value={option.value}
                              onChange={(value) => setOption(qIndex, oIndex, { value: value })}
                            />
                          </Grid.Item>
                          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                            <TextField
                              name={`${optionPath}.label`}
                              error={errors[`${optionPath}.label`]}
                              label={t('builder.optionLabel', 'Label')}
                              value={option.label}
                              onChange={(value) => setOption(qIndex, oIndex, { label: value })}
                            />
                          </Grid.Item>
                          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                            <TextField
                              name={`${optionPath}.labelEs`}
                              error={errors[`${optionPath}.labelEs`]}
                              label={t('builder.optionLabelEs', 'Label (Spanish)')}
                              value={option.labelEs ?? ''}
                              onChange={(value) => setOption(qIndex, oIndex, { labelEs: value })}
                            />
                          </Grid.Item>
                          <Grid.Item col={3} s={11} direction="column" alignItems="stretch">
                            <Field.Root name={`${optionPath}.next`} error={errors[`${optionPath}.next`]}>
                              <Field.Label>{t('builder.optionNext', 'Then ask')}</Field.Label>
                              <SingleSelect
                                value={option.next || NO_BRANCH}
                                onChange={(value: string | number) =>
                                  setOption(qIndex, oIndex, { next: value === NO_BRANCH ? undefined : String(value) })
                                }
                              >
                                <SingleSelectOption value={NO_BRANCH}>{t('builder.nextInOrder', 'The next question')}</SingleSelectOption>
                                {branchTargets(questions, qIndex).map((other) => (
                                  <SingleSelectOption key={other.id} value={other.id}>
                                    {`${other.id}: ${other.label}`}
                                  </SingleSelectOption>
                                ))}
                              </SingleSelect>
                              <Field.Error />
                            </Field.Root>
                          </Grid.Item>
                          <Grid.Item col={1} s={1} direction="column" alignItems="flex-end" justifyContent="flex-end">
                            <IconButton
                              label={t('builder.removeOption', 'Remove this choice')}
                              variant="ghost"
                              onClick={() => onChange(removeOption(questions, qIndex, oIndex))}
                            >
                              <Trash />
                            </IconButton>
                          </Grid.Item>
                        </Grid.Root>
                      );
                    })}
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
        })}
      </Flex>
    </Box>
  );
};
