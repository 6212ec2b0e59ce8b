import { useEffect, useState } from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  Grid,
  IconButton,
  MultiSelect,
  MultiSelectOption,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Toggle,
  Typography,
} from '@strapi/design-system';
import { Check, Plus, Trash } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { ACTIVITY_KIND_LIST, type ActivityKindName } from '../../../shared/contracts/reports';
import type { BadgeLadder, ProfilesSettingsBody } from '../../../shared/contracts/settings';
import { useMessages } from '../hooks/use-messages';
import { usePluginPermissions } from '../hooks/use-plugin-permissions';
import { PERMISSIONS } from '../permissions';
import { FormErrors, NumberField, QueryState, TextField } from '@mymitt/admin-kit';
import { apiErrorMessage, apiValidationErrors } from '../services/admin-request';
import { useProfilesSettings } from '../services/settings';

/** The form keeps numbers as typed (a cleared field is undefined) and thresholds as text ("1, 3, 10"). */
type LadderForm = Omit<BadgeLadder, 'thresholds'> & { thresholdsText: string };
interface SettingsForm {
  activityWindowDays?: number;
  pointsPerLevel?: number;
  activityWeights: Record<ActivityKindName, number | undefined>;
  badgeLadders: LadderForm[];
  requireEventApproval: boolean;
}

const toForm = (settings: ProfilesSettingsBody): SettingsForm => ({
  ...settings,
  badgeLadders: settings.badgeLadders.map(({ thresholds, ...ladder }) => ({ ...ladder, thresholdsText: thresholds.join(', ') })),
});

/**
 * The complete body PUT expects. Blank or non-numeric entries are sent as they are (undefined, NaN →
 * null) for the server to refuse: its 400 names each bad path, shown next to the field.
 */
const toBody = (form: SettingsForm) =>
  ({
    ...form,
    badgeLadders: form.badgeLadders.map(({ thresholdsText, ...ladder }) => ({
      ...ladder,
      thresholds: thresholdsText
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number),
    })),
  }) as ProfilesSettingsBody;

const errorAt = (errors: Record<string, string>, prefix: string) =>
  Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];

const SettingsFormView = ({
  initial,
  canSave,
  onSave,
}: {
  initial: ProfilesSettingsBody;
  canSave: boolean;
  onSave: (body: ProfilesSettingsBody) => Promise<void>;
}) => {
  const t = useMessages();
  const { toggleNotification } = useNotification();
  const [form, setForm] = useState(() => toForm(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => setForm(toForm(initial)), [initial]);

  const setLadder = (index: number, change: Partial<LadderForm>) =>
    setForm((f) => ({ ...f, badgeLadders: f.badgeLadders.map((ladder, i) => (i === index ? { ...ladder, ...change } : ladder)) }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await onSave(toBody(form));
      setErrors({});
      toggleNotification({ type: 'success', message: t('settings.saved', 'Settings saved. Levels use them from now on.') });
    } catch (error) {
      setErrors(apiValidationErrors(error));
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) ?? t('settings.failed', 'The settings could not be saved.') });
    } finally {
      setSaving(false);
    }
  };

  const title = t('settings.title', 'Activity, levels and badges');
  return (
    <form onSubmit={submit}>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t('settings.subtitle', 'How supporter activity turns into levels and badges, and whether hosted events need approval')}
        primaryAction={
          <Button type="submit" startIcon={<Check />} loading={saving} disabled={!canSave}>
            {t('settings.save', 'Save')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <FormErrors errors={errors} />

          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Grid.Root gap={5}>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <NumberField
                  name="activityWindowDays"
                  required
                  error={errors.activityWindowDays}
                  hint={t('settings.windowHint', 'Only actions from these last days count toward a level (1–3650).')}
                  label={t('settings.window', 'Activity window (days)')}
                  value={form.activityWindowDays}
                  onChange={(value) => setForm({ ...form, activityWindowDays: value })}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <NumberField
                  name="pointsPerLevel"
                  required
                  error={errors.pointsPerLevel}
                  hint={t('settings.pointsPerLevelHint', 'Each level above 1 takes this many more points (levels go up to 10).')}
                  label={t('settings.pointsPerLevel', 'Points per level')}
                  value={form.pointsPerLevel}
                  onChange={(value) => setForm({ ...form, pointsPerLevel: value })}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <Field.Root
                  name="requireEventApproval"
                  error={errors.requireEventApproval}
                  hint={t('settings.approvalHint', 'Events hosted by supporters wait for staff approval before they are listed.')}
                >
                  <Field.Label>{t('settings.approval', 'Events need approval')}</Field.Label>
                  <Toggle
                    onLabel={t('settings.on', 'On')}
                    offLabel={t('settings.off', 'Off')}
                    checked={form.requireEventApproval}
                    onChange={() => setForm({ ...form, requireEventApproval: !form.requireEventApproval })}
                  />
                  <Field.Error />
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
            </Grid.Root>
          </Box>

          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Typography variant="delta" tag="h2">
              {t('settings.weights', 'Points per action')}
            </Typography>
            <Box paddingTop={4}>
              <Grid.Root gap={4}>
                {ACTIVITY_KIND_LIST.map((kind) => (
                  <Grid.Item key={kind} col={3} s={6} xs={12} direction="column" alignItems="stretch">
                    <NumberField
                      name={`activityWeights.${kind}`}
                      required
                      error={errors[`activityWeights.${kind}`]}
                      label={t(`kind.${kind}`, kind)}
                      value={form.activityWeights[kind]}
                      onChange={(value) => setForm({ ...form, activityWeights: { ...form.activityWeights, [kind]: value } })}
                    />
                  </Grid.Item>
                ))}
              </Grid.Root>
            </Box>
          </Box>

          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Flex justifyContent="space-between">
              <Typography variant="delta" tag="h2">
                {t('settings.ladders', 'Badge ladders')}
              </Typography>
              <Button
                variant="secondary"
                startIcon={<Plus />}
                onClick={() =>
                  setForm({
                    ...form,
                    badgeLadders: [...form.badgeLadders, { badge: '', kinds: [], measure: 'count', thresholdsText: '' }],
                  })
                }
              >
                {t('settings.addLadder', 'Add a badge')}
              </Button>
            </Flex>
            <Typography variant="pi" textColor="neutral600" tag="p">
              {t('settings.laddersHint', 'Badges count lifetime actions (or cents raised); each threshold is one tier and must rise.')}
            </Typography>
            <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
              {form.badgeLadders.map((ladder, index) => (
                <Grid.Root key={index} gap={4}>
                  <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                    <TextField
                      name={`badgeLadders.${index}.badge`}
                      required
                      error={errorAt(errors, `badgeLadders.${index}.badge`)}
                      label={t('settings.badge', 'Badge')}
                      value={ladder.badge}
                      onChange={(badge) => setLadder(index, { badge })}
                    />
                  </Grid.Item>
                  <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                    <Field.Root name={`badgeLadders.${index}.kinds`} required error={errorAt(errors, `badgeLadders.${index}.kinds`)}>
                      <Field.Label>{t('settings.kinds', 'Counts')}</Field.Label>
                      <MultiSelect
                        withTags
                        value={ladder.kinds}
                        onChange={(kinds: string[]) => setLadder(index, { kinds: kinds as ActivityKindName[] })}
                      >
                        {ACTIVITY_KIND_LIST.map((kind) => (
                          <MultiSelectOption key={kind} value={kind}>
                            {t(`kind.${kind}`, kind)}
                          </MultiSelectOption>
                        ))}
                      </MultiSelect>
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={2} s={6} direction="column" alignItems="stretch">
                    <Field.Root name={`badgeLadders.${index}.measure`} required error={errorAt(errors, `badgeLadders.${index}.measure`)}>
                      <Field.Label>{t('settings.measure', 'Measure')}</Field.Label>
                      <SingleSelect
                        value={ladder.measure}
                        onChange={(value: string | number) =>
                          setLadder(index, { measure: value === 'amountCents' ? 'amountCents' : 'count' })
                        }
                      >
                        <SingleSelectOption value="count">{t('settings.measure.count', 'Number of actions')}</SingleSelectOption>
                        <SingleSelectOption value="amountCents">{t('settings.measure.amountCents', 'Amount (cents)')}</SingleSelectOption>
                      </SingleSelect>
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={2} s={5} direction="column" alignItems="stretch">
                    <TextField
                      name={`badgeLadders.${index}.thresholds`}
                      required
                      error={errorAt(errors, `badgeLadders.${index}.thresholds`)}
                      label={t('settings.thresholds', 'Tiers at')}
                      value={ladder.thresholdsText}
                      placeholder="1, 3, 10"
                      onChange={(value) => setLadder(index, { thresholdsText: value })}
                    />
                  </Grid.Item>
                  <Grid.Item col={1} s={1} direction="column" alignItems="flex-end" justifyContent="flex-end">
                    <IconButton
                      label={t('settings.removeLadder', 'Remove this badge')}
                      variant="ghost"
                      onClick={() => setForm({ ...form, badgeLadders: form.badgeLadders.filter((_, i) => i !== index) })}
                    >
                      <Trash />
                    </IconButton>
                  </Grid.Item>
                </Grid.Root>
              ))}
            </Flex>
          </Box>
        </Flex>
      </Layouts.Content>
    </form>
  );
};

/** Settings → Supporters: weights, window, badge ladders, event approval (read: ACTIONS.read; save: ACTIONS.settingsUpdate). */
const SettingsPage = () => {
  const { state, save } = useProfilesSettings();
  const { canUpdateSettings } = usePluginPermissions();
  return (
    <Page.Protect permissions={PERMISSIONS.read}>
      <Page.Main>
        <QueryState state={state}>
          {(body) => <SettingsFormView initial={body.data} canSave={canUpdateSettings} onSave={save} />}
        </QueryState>
      </Page.Main>
    </Page.Protect>
  );
};

export default SettingsPage;
