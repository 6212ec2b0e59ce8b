import { useEffect, useState } from 'react';
import { Flex, Grid } from '@strapi/design-system';
import { useNavigate } from 'react-router-dom';
import {
  BackLink,
  fieldBinder,
  FormCell,
  FormErrors,
  FormPage,
  NumberField,
  Panel,
  SelectField,
  TextField,
  TextareaField,
  useFormSubmit,
} from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../../plugin-id';
import { DISPOSITIONS } from '../../../../server/src/domain/dispositions';
import type { CallList, PhoneBank, PhoneBankBody, PhoneBankStatus, WhoMayCall } from '../../../../shared/contracts/call-admin';
import { toBody, toForm, type BankForm, STATUSES, WHO, errorAt } from '../../utils/phone-bank-form';
import { useMessages } from '../../hooks/use-messages';
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
  const [form, setForm] = useState(() => toForm(bank, lists));
  const { errors, setErrors, saving, submit } = useFormSubmit();

  useEffect(() => setForm(toForm(bank, lists)), [bank?.id]);

  const set = <Key extends keyof BankForm>(key: Key, value: BankForm[Key]) => setForm((f) => ({ ...f, [key]: value }));
  const field = fieldBinder(form, setForm, errors);

  const save = async () => {
    // "After an interval" needs the minutes; the server would read a missing interval as the default.
    const missing = DISPOSITIONS.filter((d) => form.rules[d].mode === 'after' && form.rules[d].intervalMinutes === undefined);
    if (missing.length) {
      setErrors(
        Object.fromEntries(missing.map((d) => [`recontactRules.${d}.intervalMinutes`, t('builder.intervalRequired', 'Enter the minutes')]))
      );
      return;
    }
    const saved = await submit(() => onSave(toBody(form)), {
      success: (result) => t('builder.saved', 'Phone bank “{name}” saved.', { name: result.name }),
      failure: t('builder.failed', 'The phone bank could not be saved.'),
    });
    if (saved && !bank) navigate(`${BANKS}/${saved.id}`, { replace: true });
  };

  return (
    <FormPage
      title={bank ? bank.name : t('builder.newTitle', 'New phone bank')}
      subtitle={t('builder.subtitle', 'Script, questions, who may call, goal and recontact rules')}
      back={<BackLink to={BANKS}>{t('builder.back', 'Phone banks')}</BackLink>}
      onSubmit={save}
      saving={saving}
      saveLabel={t('builder.save', 'Save')}
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <FormErrors errors={errors} />

        <Panel>
          <Grid.Root gap={5}>
            <TextField col={6} s={12} required label={t('banks.name', 'Name')} {...field('name')} />
            <SelectField
              col={6}
              s={12}
              required
              label={t('banks.list', 'Call list')}
              options={lists.map((list) => ({ value: String(list.id), label: `${list.name} (${list.contacts.active})` }))}
              {...field('listId')}
            />
            <SelectField
              col={3}
              s={6}
              name="status"
              required
              error={errors.status}
              label={t('banks.status', 'Status')}
              value={form.status}
              options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`, s) }))}
              onChange={(value) => set('status', value as PhoneBankStatus)}
            />
            <SelectField
              col={3}
              s={6}
              name="whoMayCall"
              required
              error={errors.whoMayCall}
              hint={t(
                'builder.whoHint',
                'A group: its active members may call. Approved callers: supporters apply, a manager approves them below.'
              )}
              label={t('banks.whoMayCall', 'Who may call')}
              value={form.whoMayCall}
              options={WHO.map((w) => ({ value: w, label: t(`who.${w}`, w) }))}
              onChange={(value) => set('whoMayCall', value as WhoMayCall)}
            />
            {form.whoMayCall === 'group' && (
              <TextField
                col={3}
                s={6}
                required
                hint={t('builder.groupHint', "The group's address name, e.g. nashua-volunteers.")}
                label={t('banks.groupSlug', 'Group')}
                {...field('groupSlug')}
              />
            )}
            <NumberField
              col={3}
              s={6}
              hint={t('builder.goalHint', 'Conversations to complete; empty: no goal.')}
              label={t('banks.goal', 'Goal (conversations)')}
              {...field('goalCompleted')}
            />
            <TextField
              col={3}
              s={6}
              hint={t('builder.statesHint', 'State codes, e.g. NH, IA; empty: every state.')}
              label={t('banks.targetStates', 'Target states')}
              placeholder="NH, IA"
              {...field('targetStatesText', 'targetStates')}
              error={errorAt(errors, 'targetStates')}
            />
            <TextareaField col={6} s={12} label={t('builder.scriptEn', 'Script (English)')} {...field('scriptEn')} />
            <TextareaField col={6} s={12} label={t('builder.scriptEs', 'Script (Spanish)')} {...field('scriptEs')} />
            <TextareaField
              col={12}
              hint={t('builder.instructionsHint', 'Shown to callers with the bank.')}
              label={t('builder.instructions', 'Instructions for callers')}
              {...field('instructions')}
            />
          </Grid.Root>
        </Panel>

        <QuestionsEditor questions={form.questions} errors={errors} onChange={(questions) => set('questions', questions)} />
        <RecontactEditor
          rules={form.rules}
          errors={errors}
          onChange={(disposition, rule) => setForm((f) => ({ ...f, rules: { ...f.rules, [disposition]: rule } }))}
        />
        {bank && <CallersPanel bank={bank} />}
      </Flex>
    </FormPage>
  );
};
