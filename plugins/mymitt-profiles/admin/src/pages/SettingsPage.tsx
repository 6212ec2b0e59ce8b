import { useEffect, useState } from 'react';
import { Button, Flex, Grid, MultiSelect, MultiSelectOption } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Page } from '@strapi/strapi/admin';
import {
  FormCell,
  fieldBinder,
  FormErrors,
  FormField,
  FormPage,
  NumberField,
  Panel,
  QueryState,
  RemoveRowButton,
  SelectField,
  TextField,
  ToggleField,
  errorAt,
  useFormSubmit,
} from '@mymitt/admin-kit';
import { ACTIVITY_KIND_LIST, type ActivityKindName } from '../../../shared/contracts/reports';
import type { BadgeLadder, ProfilesSettingsBody } from '../../../shared/contracts/settings';
import { useMessages } from '../hooks/use-messages';
import { usePluginPermissions } from '../hooks/use-plugin-permissions';
import { PERMISSIONS } from '../permissions';
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

const NEW_LADDER: LadderForm = { badge: '', kinds: [], measure: 'count', thresholdsText: '' };

/** One badge ladder: its name, the activity kinds it counts, what it measures and its tiers. */
const LadderRow = ({
  ladder,
  path,
  errors,
  onChange,
  onRemove,
}: {
  ladder: LadderForm;
  path: string;
  errors: Record<string, string>;
  onChange: (change: Partial<LadderForm>) => void;
  onRemove: () => void;
}) => {
  const t = useMessages();
  return (
    <Grid.Root gap={4}>
      <TextField
        col={3}
        s={12}
        name={`${path}.badge`}
        required
        error={errorAt(errors, `${path}.badge`)}
        label={t('settings.badge', 'Badge')}
        value={ladder.badge}
        onChange={(badge) => onChange({ badge })}
      />
      <FormCell col={4} s={12}>
        <FormField name={`${path}.kinds`} required error={errorAt(errors, `${path}.kinds`)} label={t('settings.kinds', 'Counts')}>
          <MultiSelect withTags value={ladder.kinds} onChange={(kinds: string[]) => onChange({ kinds: kinds as ActivityKindName[] })}>
            {ACTIVITY_KIND_LIST.map((kind) => (
              <MultiSelectOption key={kind} value={kind}>
                {t(`kind.${kind}`, kind)}
              </MultiSelectOption>
            ))}
          </MultiSelect>
        </FormField>
      </FormCell>
      <SelectField
        col={2}
        s={6}
        name={`${path}.measure`}
        required
        error={errorAt(errors, `${path}.measure`)}
        label={t('settings.measure', 'Measure')}
        value={ladder.measure}
        options={[
          { value: 'count', label: t('settings.measure.count', 'Number of actions') },
          { value: 'amountCents', label: t('settings.measure.amountCents', 'Amount (cents)') },
        ]}
        onChange={(value) => onChange({ measure: value === 'amountCents' ? 'amountCents' : 'count' })}
      />
      <TextField
        col={2}
        s={5}
        name={`${path}.thresholds`}
        required
        error={errorAt(errors, `${path}.thresholds`)}
        label={t('settings.thresholds', 'Tiers at')}
        value={ladder.thresholdsText}
        placeholder="1, 3, 10"
        onChange={(value) => onChange({ thresholdsText: value })}
      />
      <RemoveRowButton label={t('settings.removeLadder', 'Remove this badge')} onClick={onRemove} />
    </Grid.Root>
  );
};

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
  const [form, setForm] = useState(() => toForm(initial));
  const { errors, saving, submit } = useFormSubmit();

  useEffect(() => setForm(toForm(initial)), [initial]);
  const field = fieldBinder(form, setForm, errors);

  const setLadder = (index: number, change: Partial<LadderForm>) =>
    setForm((f) => ({ ...f, badgeLadders: f.badgeLadders.map((ladder, i) => (i === index ? { ...ladder, ...change } : ladder)) }));

  const save = () =>
    submit(() => onSave(toBody(form)), {
      success: () => t('settings.saved', 'Settings saved. Levels use them from now on.'),
      failure: t('settings.failed', 'The settings could not be saved.'),
    });

  return (
    <FormPage
      title={t('settings.title', 'Activity, levels and badges')}
      subtitle={t('settings.subtitle', 'How supporter activity turns into levels and badges, and whether hosted events need approval')}
      onSubmit={save}
      saving={saving}
      readOnly={!canSave}
      saveLabel={t('settings.save', 'Save')}
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <FormErrors errors={errors} />

        <Panel>
          <Grid.Root gap={5}>
            <NumberField
              col={4}
              s={12}
              required
              hint={t('settings.windowHint', 'Only actions from these last days count toward a level (1–3650).')}
              label={t('settings.window', 'Activity window (days)')}
              {...field('activityWindowDays')}
            />
            <NumberField
              col={4}
              s={12}
              required
              hint={t('settings.pointsPerLevelHint', 'Each level above 1 takes this many more points (levels go up to 10).')}
              label={t('settings.pointsPerLevel', 'Points per level')}
              {...field('pointsPerLevel')}
            />
            <ToggleField
              col={4}
              s={12}
              name="requireEventApproval"
              error={errors.requireEventApproval}
              hint={t('settings.approvalHint', 'Events hosted by supporters wait for staff approval before they are listed.')}
              label={t('settings.approval', 'Events need approval')}
              onLabel={t('settings.on', 'On')}
              offLabel={t('settings.off', 'Off')}
              checked={form.requireEventApproval}
              onChange={(requireEventApproval) => setForm({ ...form, requireEventApproval })}
            />
          </Grid.Root>
        </Panel>

        <Panel title={t('settings.weights', 'Points per action')}>
          <Grid.Root gap={4}>
            {ACTIVITY_KIND_LIST.map((kind) => (
              <FormCell key={kind} col={3} s={6} xs={12}>
                <NumberField
                  name={`activityWeights.${kind}`}
                  required
                  error={errors[`activityWeights.${kind}`]}
                  label={t(`kind.${kind}`, kind)}
                  value={form.activityWeights[kind]}
                  onChange={(value) => setForm({ ...form, activityWeights: { ...form.activityWeights, [kind]: value } })}
                />
              </FormCell>
            ))}
          </Grid.Root>
        </Panel>

        <Panel
          title={t('settings.ladders', 'Badge ladders')}
          hint={t('settings.laddersHint', 'Badges count lifetime actions (or cents raised); each threshold is one tier and must rise.')}
          action={
            <Button
              variant="secondary"
              startIcon={<Plus />}
              onClick={() => setForm({ ...form, badgeLadders: [...form.badgeLadders, NEW_LADDER] })}
            >
              {t('settings.addLadder', 'Add a badge')}
            </Button>
          }
        >
          <Flex direction="column" alignItems="stretch" gap={4}>
            {form.badgeLadders.map((ladder, index) => (
              <LadderRow
                key={index}
                ladder={ladder}
                path={`badgeLadders.${index}`}
                errors={errors}
                onChange={(change) => setLadder(index, change)}
                onRemove={() => setForm({ ...form, badgeLadders: form.badgeLadders.filter((_, i) => i !== index) })}
              />
            ))}
          </Flex>
        </Panel>
      </Flex>
    </FormPage>
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
