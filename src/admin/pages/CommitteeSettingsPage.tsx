import { useEffect, useMemo, useState } from 'react';
import { Box, Button, Checkbox, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { CommitteeSettingsForm } from '../../../shared/contracts/committee-settings';
import { useCommitteeSettings } from '../services/committee-settings';

const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'es', label: 'Español' },
];

const PERMISSIONS = [{ action: 'plugin::content-manager.explorer.read', subject: 'api::committee-setting.committee-setting' }];

function apiErrorMessage(error: any): string | undefined {
  return error?.response?.data?.error?.message;
}

const CommitteeSettingsForm = ({
  initial,
  onSave,
}: {
  initial: CommitteeSettingsForm;
  onSave: (s: CommitteeSettingsForm) => Promise<void>;
}) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [form, setForm] = useState(initial);
  const [saving, setSaving] = useState(false);
  const timeZones = useMemo(() => (Intl as any).supportedValuesOf?.('timeZone') ?? [initial.defaultTimeZone], [initial.defaultTimeZone]);

  useEffect(() => setForm(initial), [initial]);

  const toggleLocale = (code: string, on: boolean) =>
    setForm((f) => ({ ...f, supportedLocales: on ? [...f.supportedLocales, code] : f.supportedLocales.filter((c) => c !== code) }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await onSave(form);
      toggleNotification({ type: 'success', message: formatMessage({ id: 'mymitt.settings.saved', defaultMessage: 'Settings saved' }) });
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message:
          apiErrorMessage(error) ?? formatMessage({ id: 'mymitt.settings.error', defaultMessage: 'The settings could not be saved' }),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <Layouts.Header
        title={formatMessage({ id: 'mymitt.settings.committee.title', defaultMessage: 'Committee' })}
        subtitle={formatMessage({
          id: 'mymitt.settings.committee.subtitle',
          defaultMessage: 'The committee name and the "Paid for by" disclaimer shown on every public page',
        })}
        primaryAction={
          <Button type="submit" startIcon={<Check />} loading={saving}>
            {formatMessage({ id: 'global.save', defaultMessage: 'Save' })}
          </Button>
        }
      />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Grid.Root gap={5}>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Field.Root name="committeeName" required>
                <Field.Label>{formatMessage({ id: 'mymitt.settings.committeeName', defaultMessage: 'Committee name' })}</Field.Label>
                <Field.Input
                  value={form.committeeName}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, committeeName: e.target.value })}
                />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Field.Root name="defaultTimeZone" required>
                <Field.Label>{formatMessage({ id: 'mymitt.settings.timeZone', defaultMessage: 'Default time zone' })}</Field.Label>
                <SingleSelect
                  value={form.defaultTimeZone}
                  onChange={(zone: string | number) => setForm({ ...form, defaultTimeZone: String(zone) })}
                >
                  {timeZones.map((zone: string) => (
                    <SingleSelectOption key={zone} value={zone}>
                      {zone}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Field.Root
                name="disclaimer"
                required
                hint={formatMessage({
                  id: 'mymitt.settings.disclaimer.hint',
                  defaultMessage: 'Required by federal law on public communications (FEC-15).',
                })}
              >
                <Field.Label>{formatMessage({ id: 'mymitt.settings.disclaimer', defaultMessage: '"Paid for by" disclaimer' })}</Field.Label>
                <Textarea
                  value={form.disclaimer}
                  onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setForm({ ...form, disclaimer: e.target.value })}
                />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={12} direction="column" alignItems="flex-start">
              <Typography variant="pi" fontWeight="bold">
                {formatMessage({ id: 'mymitt.settings.locales', defaultMessage: 'Supported languages' })}
              </Typography>
              <Flex gap={4} paddingTop={2}>
                {LOCALES.map(({ code, label }) => (
                  <Checkbox
                    key={code}
                    disabled={code === 'en'}
                    checked={form.supportedLocales.includes(code)}
                    onCheckedChange={(on: boolean | 'indeterminate') => toggleLocale(code, on === true)}
                  >
                    {label}
                  </Checkbox>
                ))}
              </Flex>
            </Grid.Item>
          </Grid.Root>
        </Box>
      </Layouts.Content>
    </form>
  );
};

const CommitteeSettingsPage = () => {
  const { state, save } = useCommitteeSettings();
  return (
    <Page.Protect permissions={PERMISSIONS}>
      <Page.Main>
        {state.status === 'loading' && <Page.Loading />}
        {state.status === 'error' && <Page.Error />}
        {state.status === 'ready' && <CommitteeSettingsForm initial={state.settings} onSave={save} />}
      </Page.Main>
    </Page.Protect>
  );
};

export default CommitteeSettingsPage;
