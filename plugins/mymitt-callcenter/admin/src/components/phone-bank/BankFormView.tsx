import { NumberField, TextField, TextareaField, FormErrors } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../../plugin-id';
import { useEffect, useState } from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  Grid,
  LinkButton,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { ArrowLeft, Check } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { DISPOSITIONS } from '../../../../server/src/domain/dispositions';
import type { CallList, PhoneBank, PhoneBankBody, PhoneBankStatus, WhoMayCall } from '../../../../shared/contracts/call-admin';
import { toBody, toForm, type BankForm, STATUSES, WHO, errorAt } from '../../utils/phone-bank-form';
import { useMessages } from '../../hooks/use-messages';
import { apiErrorMessage, apiValidationErrors } from '../../services/admin-request';
import { QuestionsEditor } from './QuestionsEditor';
import { RecontactEditor } from './RecontactEditor';
import { CallersPanel } from './CallersPanel';

const BANKS = `/plugins/${PLUGIN_ID}/phone-banks`;

export const BankFormView = ({
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
          <FormErrors errors={errors} />

          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Grid.Root gap={5}>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <TextField
                  name="name"
                  required
                  error={errors.name}
                  label={t('banks.name', 'Name')}
                  value={form.name}
                  onChange={(value) => set('name', value)}
                />
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
                  <TextField
                    name="groupSlug"
                    required
                    error={errors.groupSlug}
                    hint={t('builder.groupHint', "The group's address name, e.g. nashua-volunteers.")}
                    label={t('banks.groupSlug', 'Group')}
                    value={form.groupSlug}
                    onChange={(value) => set('groupSlug', value)}
                  />
                </Grid.Item>
              )}
              <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                <NumberField
                  name="goalCompleted"
                  error={errors.goalCompleted}
                  hint={t('builder.goalHint', 'Conversations to complete; empty: no goal.')}
                  label={t('banks.goal', 'Goal (conversations)')}
                  value={form.goalCompleted}
                  onChange={(value) => set('goalCompleted', value ?? undefined)}
                />
              </Grid.Item>
              <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                <TextField
                  name="targetStates"
                  error={errorAt(errors, 'targetStates')}
                  hint={t('builder.statesHint', 'State codes, e.g. NH, IA; empty: every state.')}
                  label={t('banks.targetStates', 'Target states')}
                  value={form.targetStatesText}
                  placeholder="NH, IA"
                  onChange={(value) => set('targetStatesText', value)}
                />
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <TextareaField
                  name="scriptEn"
                  error={errors.scriptEn}
                  label={t('builder.scriptEn', 'Script (English)')}
                  value={form.scriptEn}
                  onChange={(value) => set('scriptEn', value)}
                />
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <TextareaField
                  name="scriptEs"
                  error={errors.scriptEs}
                  label={t('builder.scriptEs', 'Script (Spanish)')}
                  value={form.scriptEs}
                  onChange={(value) => set('scriptEs', value)}
                />
              </Grid.Item>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <TextareaField
                  name="instructions"
                  error={errors.instructions}
                  hint={t('builder.instructionsHint', 'Shown to callers with the bank.')}
                  label={t('builder.instructions', 'Instructions for callers')}
                  value={form.instructions}
                  onChange={(value) => set('instructions', value)}
                />
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
