import { useEffect, useState } from 'react';
import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  Grid,
  IconButton,
  LinkButton,
  Loader,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { ArrowLeft, Check, Cross, Plus, Trash } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
// The defaults live in the server's pure domain module; the admin reads the same table (no copy to drift).
import { DEFAULT_RECONTACT, DISPOSITIONS, type Disposition } from '../../../server/src/domain/dispositions';
import type {
  BankCaller,
  CallList,
  PhoneBank,
  PhoneBankBody,
  PhoneBankStatus,
  QuestionType,
  SurveyQuestion,
  WhoMayCall,
} from '../../../shared/contracts/call-admin';
import { toBody, toForm, type BankForm, type RecontactMode, type RuleForm } from '../utils/phone-bank-form';
import { QueryState } from '../components/QueryState';
import { SimpleTable } from '../components/SimpleTable';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../plugin-id';
import { apiErrorMessage, apiValidationErrors } from '../services/admin-request';
import { useCallLists } from '../services/lists';
import { usePhoneBankCallers, usePhoneBanks } from '../services/phone-banks';

const BANKS = `/plugins/${PLUGIN_ID}/phone-banks`;
const STATUSES: PhoneBankStatus[] = ['draft', 'active', 'paused', 'done'];
const WHO: WhoMayCall[] = ['any', 'group', 'approved'];
const TYPES: QuestionType[] = ['single', 'multiple', 'text'];
const NO_BRANCH = '__next__';
const CALLER_COLOR = { requested: 'warning', approved: 'success', revoked: 'danger' } as const;

const errorAt = (errors: Record<string, string>, prefix: string) =>
  Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];

const QuestionsEditor = ({
  questions,
  errors,
  onChange,
}: {
  questions: SurveyQuestion[];
  errors: Record<string, string>;
  onChange: (questions: SurveyQuestion[]) => void;
}) => {
  const t = useMessages();
  const setQuestion = (index: number, change: Partial<SurveyQuestion>) =>
    onChange(questions.map((q, i) => (i === index ? { ...q, ...change } : q)));
  const setOption = (qIndex: number, oIndex: number, change: Partial<{ value: string; label: string; labelEs?: string; next?: string }>) =>
    setQuestion(qIndex, { options: (questions[qIndex].options ?? []).map((o, i) => (i === oIndex ? { ...o, ...change } : o)) });

  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Flex justifyContent="space-between">
        <Typography variant="delta" tag="h2">
          {t('builder.questions', 'Survey questions')}
        </Typography>
        <Button
          variant="secondary"
          startIcon={<Plus />}
          onClick={() => onChange([...questions, { id: `q${questions.length + 1}`, type: 'single', label: '', options: [] }])}
        >
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
                  <Field.Root
                    name={`${path}.id`}
                    required
                    error={errors[`${path}.id`]}
                    hint={t('builder.questionIdHint', 'Column in the results')}
                  >
                    <Field.Label>{t('builder.questionId', 'Id')}</Field.Label>
                    <TextInput
                      value={question.id}
                      onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuestion(qIndex, { id: e.target.value })}
                    />
                    <Field.Error />
                    <Field.Hint />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={2} s={8} direction="column" alignItems="stretch">
                  <Field.Root name={`${path}.type`} required error={errors[`${path}.type`]}>
                    <Field.Label>{t('builder.questionType', 'Type')}</Field.Label>
                    <SingleSelect
                      value={question.type}
                      onChange={(value: string | number) =>
                        setQuestion(qIndex, {
                          type: value as QuestionType,
                          options: value === 'text' ? undefined : (question.options ?? []),
                        })
                      }
                    >
                      {TYPES.map((type) => (
                        <SingleSelectOption key={type} value={type}>
                          {t(`questionType.${type}`, type)}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <Field.Root name={`${path}.label`} required error={errors[`${path}.label`]}>
                    <Field.Label>{t('builder.questionLabel', 'Question (English)')}</Field.Label>
                    <TextInput
                      value={question.label}
                      onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuestion(qIndex, { label: e.target.value })}
                    />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={3} s={11} direction="column" alignItems="stretch">
                  <Field.Root name={`${path}.labelEs`} error={errors[`${path}.labelEs`]}>
                    <Field.Label>{t('builder.questionLabelEs', 'Question (Spanish)')}</Field.Label>
                    <TextInput
                      value={question.labelEs ?? ''}
                      onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuestion(qIndex, { labelEs: e.target.value })}
                    />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={1} s={1} direction="column" alignItems="flex-end" justifyContent="flex-end">
                  <IconButton
                    label={t('builder.removeQuestion', 'Remove this question')}
                    variant="ghost"
                    onClick={() => onChange(questions.filter((_, i) => i !== qIndex))}
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
                            <Field.Root name={`${optionPath}.value`} required error={errors[`${optionPath}.value`]}>
                              <Field.Label>{t('builder.optionValue', 'Value')}</Field.Label>
                              <TextInput
                                value={option.value}
                                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setOption(qIndex, oIndex, { value: e.target.value })}
                              />
                              <Field.Error />
                            </Field.Root>
                          </Grid.Item>
                          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                            <Field.Root name={`${optionPath}.label`} error={errors[`${optionPath}.label`]}>
                              <Field.Label>{t('builder.optionLabel', 'Label')}</Field.Label>
                              <TextInput
                                value={option.label}
                                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setOption(qIndex, oIndex, { label: e.target.value })}
                              />
                              <Field.Error />
                            </Field.Root>
                          </Grid.Item>
                          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                            <Field.Root name={`${optionPath}.labelEs`} error={errors[`${optionPath}.labelEs`]}>
                              <Field.Label>{t('builder.optionLabelEs', 'Label (Spanish)')}</Field.Label>
                              <TextInput
                                value={option.labelEs ?? ''}
                                onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                                  setOption(qIndex, oIndex, { labelEs: e.target.value })
                                }
                              />
                              <Field.Error />
                            </Field.Root>
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
                                {questions
                                  .filter((other, i) => i !== qIndex && other.id)
                                  .map((other) => (
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
                              onClick={() => setQuestion(qIndex, { options: (question.options ?? []).filter((_, i) => i !== oIndex) })}
                            >
                              <Trash />
                            </IconButton>
                          </Grid.Item>
                        </Grid.Root>
                      );
                    })}
                    <Box>
                      <Button
                        variant="tertiary"
                        size="S"
                        startIcon={<Plus />}
                        onClick={() => setQuestion(qIndex, { options: [...(question.options ?? []), { value: '', label: '' }] })}
                      >
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

const RecontactEditor = ({
  rules,
  errors,
  onChange,
}: {
  rules: Record<Disposition, RuleForm>;
  errors: Record<string, string>;
  onChange: (disposition: Disposition, rule: RuleForm) => void;
}) => {
  const t = useMessages();
  const describe = (d: Disposition) => {
    const rule = DEFAULT_RECONTACT[d];
    return rule.intervalMinutes === null
      ? t('builder.defaultNever', 'finishes the contact')
      : t('builder.defaultAfter', 'again after {minutes} min, up to {attempts} attempts', {
          minutes: rule.intervalMinutes,
          attempts: rule.maxAttempts,
        });
  };
  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Typography variant="delta" tag="h2">
        {t('builder.recontact', 'Recontact rules')}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {t(
          'builder.recontactHint',
          'When a contact is offered again after each disposition (TEL-06). Leave “Default” to keep the rule shown.'
        )}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={4}>
        {DISPOSITIONS.filter((d) => d !== 'do_not_call').map((d) => {
          const rule = rules[d];
          const path = `recontactRules.${d}`;
          return (
            <Grid.Root key={d} gap={3}>
              <Grid.Item col={3} s={12} direction="column" alignItems="flex-start" justifyContent="center">
                <Typography fontWeight="bold">{t(`disposition.${d}`, d)}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t('builder.default', 'Default: {rule}', { rule: describe(d) })}
                </Typography>
              </Grid.Item>
              <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                <Field.Root name={`${path}.mode`} error={errors[path]}>
                  <Field.Label>{t('builder.recontactMode', 'Offer again')}</Field.Label>
                  <SingleSelect
                    value={rule.mode}
                    onChange={(value: string | number) => onChange(d, { ...rule, mode: value as RecontactMode })}
                  >
                    <SingleSelectOption value="default">{t('builder.modeDefault', 'Default')}</SingleSelectOption>
                    <SingleSelectOption value="after">{t('builder.modeAfter', 'After an interval')}</SingleSelectOption>
                    <SingleSelectOption value="never">{t('builder.modeNever', 'Never (finish the contact)')}</SingleSelectOption>
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                <Field.Root name={`${path}.intervalMinutes`} error={errors[`${path}.intervalMinutes`]}>
                  <Field.Label>{t('builder.intervalMinutes', 'Interval (minutes)')}</Field.Label>
                  <NumberInput
                    disabled={rule.mode !== 'after'}
                    placeholder={String(DEFAULT_RECONTACT[d].intervalMinutes ?? '—')}
                    value={rule.mode === 'after' ? rule.intervalMinutes : undefined}
                    onValueChange={(value) => onChange(d, { ...rule, intervalMinutes: value ?? undefined })}
                  />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                <Field.Root name={`${path}.maxAttempts`} error={errors[`${path}.maxAttempts`]}>
                  <Field.Label>{t('builder.maxAttempts', 'Max attempts')}</Field.Label>
                  <NumberInput
                    placeholder={String(DEFAULT_RECONTACT[d].maxAttempts)}
                    value={rule.maxAttempts}
                    onValueChange={(value) => onChange(d, { ...rule, maxAttempts: value ?? undefined })}
                  />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
            </Grid.Root>
          );
        })}
      </Flex>
    </Box>
  );
};

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/**
 * Who may call a saved bank: for an `approved` bank, its applicants and callers with Approve / Revoke
 * (lists.manage, as every callers route); for a `group` bank, the group named. Shows the saved
 * `whoMayCall`, not an unsaved choice in the form above.
 */
const CallersPanel = ({ bank }: { bank: PhoneBank }) => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  if (bank.whoMayCall === 'group') {
    const slug = bank.groupSlug;
    return (
      <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
        <Typography tag="p">
          {slug
            ? t('callers.groupNote', 'Members of the group {slug} may call this phone bank.', { slug })
            : t('callers.groupMissing', 'No group is set for this phone bank: nobody can call it.')}
        </Typography>
      </Box>
    );
  }
  if (bank.whoMayCall !== 'approved' || !can.canManageLists) return null;
  return <ApprovedCallers key={bank.id} bankId={bank.id} />;
};

const ApprovedCallers = ({ bankId }: { bankId: number }) => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  const { toggleNotification } = useNotification();
  const callers = usePhoneBankCallers(bankId);
  const [busy, setBusy] = useState<number | null>(null);

  const name = (caller: BankCaller) => caller.username ?? caller.email ?? `#${caller.userId}`;

  const decide = async (caller: BankCaller, decision: 'approve' | 'revoke') => {
    setBusy(caller.userId);
    try {
      await (decision === 'approve' ? callers.approve(caller.userId) : callers.revoke(caller.userId));
      toggleNotification({
        type: 'success',
        message:
          decision === 'approve'
            ? t('callers.approved', '{name} may call this phone bank.', { name: name(caller) })
            : t('callers.revoked', '{name} may no longer call this phone bank.', { name: name(caller) }),
      });
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message: apiErrorMessage(error) ?? t('callers.failed', 'The change could not be saved.'),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Typography variant="delta" tag="h2">
        {t('callers.title', 'Callers')}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {t(
          'callers.hint',
          'This phone bank is open to approved callers: supporters apply, and a manager approves them. A revoked caller cannot apply again; approve them to let them back.'
        )}
      </Typography>
      <Box paddingTop={4}>
        {callers.state.status === 'loading' ? (
          <Loader small>{t('callers.loading', 'Loading the callers…')}</Loader>
        ) : (
          <QueryState state={callers.state}>
            {({ data }) =>
              data.length === 0 ? (
                <Typography>{t('callers.empty', 'Nobody has applied yet.')}</Typography>
              ) : (
                <SimpleTable
                  headers={[
                    t('callers.user', 'Supporter'),
                    t('callers.email', 'Email'),
                    t('callers.status', 'Status'),
                    t('callers.requestedAt', 'Applied'),
                    t('callers.decidedAt', 'Decided'),
                    ...(can.canManageLists ? [t('banks.actions', 'Actions')] : []),
                  ]}
                  rows={data.map((caller) => ({
                    key: caller.userId,
                    cells: [
                      caller.username ?? `#${caller.userId}`,
                      caller.email ?? '—',
                      <Badge
                        key="status"
                        backgroundColor={`${CALLER_COLOR[caller.status]}100`}
                        textColor={`${CALLER_COLOR[caller.status]}700`}
                      >
                        {t(`callerStatus.${caller.status}`, caller.status)}
                      </Badge>,
                      when(caller.requestedAt),
                      when(caller.decidedAt),
                      ...(can.canManageLists
                        ? [
                            <Flex key="actions" gap={2}>
                              {caller.status !== 'approved' && (
                                <Button
                                  variant="success-light"
                                  size="S"
                                  startIcon={<Check />}
                                  disabled={busy !== null}
                                  loading={busy === caller.userId}
                                  onClick={() => decide(caller, 'approve')}
                                >
                                  {t('callers.approve', 'Approve')}
                                </Button>
                              )}
                              {caller.status !== 'revoked' && (
                                <Button
                                  variant="danger-light"
                                  size="S"
                                  startIcon={<Cross />}
                                  disabled={busy !== null}
                                  loading={busy === caller.userId}
                                  onClick={() => decide(caller, 'revoke')}
                                >
                                  {t('callers.revoke', 'Revoke')}
                                </Button>
                              )}
                            </Flex>,
                          ]
                        : []),
                    ],
                  }))}
                />
              )
            }
          </QueryState>
        )}
      </Box>
    </Box>
  );
};

const BankFormView = ({
  bank,
  lists,
  onSave,
}: {
  bank: PhoneBank | null;
  lists: CallList[];
  onSave: (body: PhoneBankBody) => Promise<PhoneBank>;
}) => {
  const t = useMessages();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const [form, setForm] = useState(() => toForm(bank, lists));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => setForm(toForm(bank, lists)), [bank?.id]);

  const set = <Key extends keyof BankForm>(key: Key, value: BankForm[Key]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    // "After an interval" needs the minutes; the server would read a missing interval as the default.
    const missing = DISPOSITIONS.filter((d) => form.rules[d].mode === 'after' && form.rules[d].intervalMinutes === undefined);
    if (missing.length) {
      setErrors(
        Object.fromEntries(missing.map((d) => [`recontactRules.${d}.intervalMinutes`, t('builder.intervalRequired', 'Enter the minutes')]))
      );
      return;
    }
    setSaving(true);
    try {
      const saved = await onSave(toBody(form));
      setErrors({});
      toggleNotification({ type: 'success', message: t('builder.saved', 'Phone bank “{name}” saved.', { name: saved.name }) });
      if (!bank) navigate(`${BANKS}/${saved.id}`, { replace: true });
    } catch (error) {
      const fields = apiValidationErrors(error);
      setErrors(Object.keys(fields).length ? fields : {});
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) ?? t('builder.failed', 'The phone bank could not be saved.') });
    } finally {
      setSaving(false);
    }
  };

  const title = bank ? bank.name : t('builder.newTitle', 'New phone bank');
  return (
    <form onSubmit={submit}>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        navigationAction={
          <LinkButton tag={RouterLink} to={BANKS} variant="tertiary" startIcon={<ArrowLeft />}>
            {t('builder.back', 'Phone banks')}
          </LinkButton>
        }
        title={title}
        subtitle={t('builder.subtitle', 'Script, questions, who may call, goal and recontact rules')}
        primaryAction={
          <Button type="submit" startIcon={<Check />} loading={saving}>
            {t('builder.save', 'Save')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {Object.keys(errors).length > 0 && (
            <Box background="danger100" padding={4} hasRadius>
              {Object.entries(errors).map(([path, message]) => (
                <Typography key={path} tag="p" textColor="danger700">
                  {path ? `${path}: ${message}` : message}
                </Typography>
              ))}
            </Box>
          )}

          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Grid.Root gap={5}>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="name" required error={errors.name}>
                  <Field.Label>{t('banks.name', 'Name')}</Field.Label>
                  <TextInput value={form.name} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('name', e.target.value)} />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="listId" required error={errors.listId}>
                  <Field.Label>{t('banks.list', 'Call list')}</Field.Label>
                  <SingleSelect value={form.listId} onChange={(value: string | number) => set('listId', String(value))}>
                    {lists.map((list) => (
                      <SingleSelectOption key={list.id} value={String(list.id)}>
                        {`${list.name} (${list.contacts.active})`}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                <Field.Root name="status" required error={errors.status}>
                  <Field.Label>{t('banks.status', 'Status')}</Field.Label>
                  <SingleSelect value={form.status} onChange={(value: string | number) => set('status', value as PhoneBankStatus)}>
                    {STATUSES.map((s) => (
                      <SingleSelectOption key={s} value={s}>
                        {t(`status.${s}`, s)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                <Field.Root
                  name="whoMayCall"
                  required
                  error={errors.whoMayCall}
                  hint={t(
                    'builder.whoHint',
                    'A group: its active members may call. Approved callers: supporters apply, a manager approves them below.'
                  )}
                >
                  <Field.Label>{t('banks.whoMayCall', 'Who may call')}</Field.Label>
                  <SingleSelect value={form.whoMayCall} onChange={(value: string | number) => set('whoMayCall', value as WhoMayCall)}>
                    {WHO.map((w) => (
                      <SingleSelectOption key={w} value={w}>
                        {t(`who.${w}`, w)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
              {form.whoMayCall === 'group' && (
                <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                  <Field.Root
                    name="groupSlug"
                    required
                    error={errors.groupSlug}
                    hint={t('builder.groupHint', "The group's address name, e.g. nashua-volunteers.")}
                  >
                    <Field.Label>{t('banks.groupSlug', 'Group')}</Field.Label>
                    <TextInput
                      value={form.groupSlug}
                      onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('groupSlug', e.target.value)}
                    />
                    <Field.Error />
                    <Field.Hint />
                  </Field.Root>
                </Grid.Item>
              )}
              <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                <Field.Root
                  name="goalCompleted"
                  error={errors.goalCompleted}
                  hint={t('builder.goalHint', 'Conversations to complete; empty: no goal.')}
                >
                  <Field.Label>{t('banks.goal', 'Goal (conversations)')}</Field.Label>
                  <NumberInput value={form.goalCompleted} onValueChange={(value) => set('goalCompleted', value ?? undefined)} />
                  <Field.Error />
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                <Field.Root
                  name="targetStates"
                  error={errorAt(errors, 'targetStates')}
                  hint={t('builder.statesHint', 'State codes, e.g. NH, IA; empty: every state.')}
                >
                  <Field.Label>{t('banks.targetStates', 'Target states')}</Field.Label>
                  <TextInput
                    value={form.targetStatesText}
                    placeholder="NH, IA"
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('targetStatesText', e.target.value)}
                  />
                  <Field.Error />
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="scriptEn" error={errors.scriptEn}>
                  <Field.Label>{t('builder.scriptEn', 'Script (English)')}</Field.Label>
                  <Textarea
                    value={form.scriptEn}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('scriptEn', e.target.value)}
                  />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="scriptEs" error={errors.scriptEs}>
                  <Field.Label>{t('builder.scriptEs', 'Script (Spanish)')}</Field.Label>
                  <Textarea
                    value={form.scriptEs}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('scriptEs', e.target.value)}
                  />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <Field.Root
                  name="instructions"
                  error={errors.instructions}
                  hint={t('builder.instructionsHint', 'Shown to callers with the bank.')}
                >
                  <Field.Label>{t('builder.instructions', 'Instructions for callers')}</Field.Label>
                  <Textarea
                    value={form.instructions}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('instructions', e.target.value)}
                  />
                  <Field.Error />
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
            </Grid.Root>
          </Box>

          <QuestionsEditor questions={form.questions} errors={errors} onChange={(questions) => set('questions', questions)} />
          <RecontactEditor
            rules={form.rules}
            errors={errors}
            onChange={(disposition, rule) => setForm((f) => ({ ...f, rules: { ...f.rules, [disposition]: rule } }))}
          />
          {bank && <CallersPanel bank={bank} />}
        </Flex>
      </Layouts.Content>
    </form>
  );
};

/** The phone-bank builder (lists.manage): create at /phone-banks/new, edit at /phone-banks/:id. */
export const PhoneBankEditPage = () => {
  const t = useMessages();
  const { id } = useParams();
  const can = useCallcenterPermissions();
  const banks = usePhoneBanks();
  const lists = useCallLists();
  const bankId = id ? Number(id) : null;

  return (
    <Page.Protect permissions={PERMISSIONS.listsManage}>
      <Page.Main>
        <QueryState state={lists.state}>
          {({ data: allLists }) => (
            <QueryState state={banks.state}>
              {({ data: allBanks }) => {
                const bank = bankId ? (allBanks.find((b) => b.id === bankId) ?? null) : null;
                if (bankId && !bank) return <Page.Error />;
                if (!allLists.length)
                  return (
                    <Box padding={8}>
                      <Typography>{t('builder.noLists', 'Create a call list first (Call lists page).')}</Typography>
                    </Box>
                  );
                return can.canManageLists ? (
                  <BankFormView bank={bank} lists={allLists} onSave={(body) => banks.save(bankId, body)} />
                ) : null;
              }}
            </QueryState>
          )}
        </QueryState>
      </Page.Main>
    </Page.Protect>
  );
};
