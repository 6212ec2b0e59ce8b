import { useEffect, useState } from 'react';
import { Badge, Button, Flex, Grid, Typography } from '@strapi/design-system';
import {
  AdminPage,
  EmptyState,
  ErrorBox,
  Panel,
  QueryState,
  SuccessBox,
  apiValidationErrors,
  useAdminAction,
  type Translate,
} from '@mymitt/admin-kit';
import { DollarsInput } from '../components/DollarsInput';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import type { DollarsProblem } from '../services/dollars';
import { fieldKey, inputErrors, toLimitsBody, toLimitsForm, type LimitsForm } from '../services/limits-form';
import { useLimitsAndGoals } from '../services/money-settings';
import type { LimitsAndGoals, MoneyChange } from '../../../shared/contracts/limits-and-goals';

/** Label and one-line help (the rule the amount serves) of each money field. */
const FIELDS = (t: Translate) => ({
  perElectionCents: [
    t('limits.perElection', 'Per-election limit (individual)'),
    t('limits.perElectionHelp', 'Most one person may give per election; primary and general count separately (52 U.S.C. 30116).'),
  ],
  itemizationThresholdCents: [
    t('limits.itemization', 'Itemization threshold'),
    t(
      'limits.itemizationHelp',
      'Donors whose gifts this cycle add up to more than this are itemized on Schedule A (52 U.S.C. 30104(b)(3)).'
    ),
  ],
  cashMaxCents: [
    t('limits.cash', 'Cash maximum'),
    t('limits.cashHelp', 'Largest cash gift accepted from one donor; more must come by check (11 CFR 110.4(c)).'),
  ],
  anonymousCashMaxCents: [
    t('limits.anonymousCash', 'Anonymous cash maximum'),
    t('limits.anonymousCashHelp', 'Largest anonymous cash gift the committee may keep (11 CFR 110.4(c)(3)).'),
  ],
  goalCents: [t('limits.goal', 'Drive goal'), t('limits.goalHelp', 'Shown against the net raised on the dashboard and the donation form.')],
  defaultPageGoalCents: [
    t('limits.pageGoal', 'Default page goal'),
    t('limits.pageGoalHelp', "A supporter's new fundraising page in this drive starts with this goal."),
  ],
});

const problemMessage = (t: Translate, problem: DollarsProblem) =>
  ({
    empty: t('dollars.empty', 'Enter an amount in dollars.'),
    notAnAmount: t('dollars.notAnAmount', 'Not an amount in dollars (e.g. 3,500 or 3500.00).'),
    negative: t('dollars.negative', 'An amount cannot be negative.'),
    fractionOfCent: t('dollars.fractionOfCent', 'At most two decimals: there is no fraction of a cent.'),
    tooLarge: t('dollars.tooLarge', 'Must be under $10,000,000.'),
  })[problem];

const savedLine = (t: Translate, changes: MoneyChange[]) =>
  changes.length === 0
    ? t('limits.unchanged', 'Saved: nothing had changed.')
    : t('limits.saved', 'Saved: {count, plural, one {# amount} other {# amounts}} changed ({list}).', {
        count: changes.length,
        list: changes.map((c) => `${usd(c.fromCents)} → ${usd(c.toCents)}`).join(', '),
      });

/** Contribution limits and drive goals in dollars: what every gift is checked against (FEC-01/02). */
export const LimitsGoalsPage = () => {
  const t = useMessages();
  const { canUpdateSettings } = useFinancePermissions();
  const { state, save } = useLimitsAndGoals();
  const [saved, setSaved] = useState<LimitsAndGoals | null>(null);
  const [form, setForm] = useState<LimitsForm>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const action = useAdminAction();
  const fields = FIELDS(t);

  useEffect(() => {
    if (state.status === 'ready') (setSaved(state.value.data), setForm(toLimitsForm(state.value.data)));
  }, [state]);

  const submit = async () => {
    if (!saved) return;
    setStatus(null);
    const parsed = toLimitsBody(saved, form);
    if (!parsed.ok) {
      setErrors(Object.fromEntries(Object.entries(parsed.problems).map(([key, problem]) => [key, problemMessage(t, problem)])));
      setStatus(t('limits.fix', 'Nothing was saved: fix the amounts marked in red.'));
      return;
    }
    setErrors({});
    const done = await action.run(
      true,
      async () => {
        try {
          const result = await save(parsed.body);
          setSaved(result.data);
          setForm(toLimitsForm(result.data));
          setStatus(savedLine(t, result.meta.changes));
        } catch (error) {
          setErrors(inputErrors(parsed.body, apiValidationErrors(error)));
          throw error;
        }
      },
      { success: t('limits.savedToast', 'Limits and goals saved.'), failure: t('limits.failed', 'Nothing was saved.') }
    );
    if (!done) setStatus(t('limits.failed', 'Nothing was saved.'));
  };

  const input = (group: 'limits' | 'drives', id: number, field: keyof typeof fields) => {
    const key = fieldKey(group, id, field);
    return (
      <DollarsInput
        key={key}
        name={key}
        label={`${fields[field][0]} ($)`}
        hint={fields[field][1]}
        value={form[key] ?? ''}
        error={errors[key]}
        disabled={!canUpdateSettings}
        onChange={(value) => setForm((previous) => ({ ...previous, [key]: value }))}
      />
    );
  };

  return (
    <AdminPage
      permissions={PERMISSIONS.read}
      page="limits"
      primaryAction={
        canUpdateSettings ? (
          <Button onClick={submit} loading={action.busy === true} disabled={!saved}>
            {t('limits.save', 'Save limits and goals')}
          </Button>
        ) : undefined
      }
    >
      <QueryState state={state}>
        {() => (
          <Flex direction="column" alignItems="stretch" gap={6}>
            {status && (Object.keys(errors).length ? <ErrorBox>{status}</ErrorBox> : <SuccessBox>{status}</SuccessBox>)}
            {errors[''] && <ErrorBox>{errors['']}</ErrorBox>}
            <Typography variant="delta" tag="h2">
              {t('compliance.limits', 'Contribution limits')}
            </Typography>
            {saved?.limits.map((limit) => (
              <Panel
                key={limit.id}
                title={`${limit.label ?? t('limits.limit', 'Limits')} · ${limit.effectiveFrom} – ${limit.effectiveTo ?? '…'}`}
                action={
                  limit.inForce ? (
                    <Badge active>{limit.standingIn ? t('compliance.standIn', 'standing in') : t('compliance.inForce', 'in force')}</Badge>
                  ) : undefined
                }
              >
                <Grid.Root gap={4}>
                  {(['perElectionCents', 'itemizationThresholdCents', 'cashMaxCents', 'anonymousCashMaxCents'] as const).map((field) =>
                    input('limits', limit.id, field)
                  )}
                </Grid.Root>
              </Panel>
            ))}
            <Typography variant="delta" tag="h2">
              {t('compliance.campaigns', 'Fundraising drives')}
            </Typography>
            {saved?.drives.length === 0 && <EmptyState>{t('limits.noDrives', 'No fundraising drive yet.')}</EmptyState>}
            {saved?.drives.map((drive) => (
              <Panel
                key={drive.id}
                title={drive.name}
                action={drive.active ? <Badge active>{t('compliance.active', 'running')}</Badge> : undefined}
              >
                <Grid.Root gap={4}>
                  {(['goalCents', 'defaultPageGoalCents'] as const).map((field) => input('drives', drive.id, field))}
                </Grid.Root>
              </Panel>
            ))}
            <Typography variant="pi" textColor="neutral600">
              {t(
                'limits.elsewhere',
                'Dates, labels and new limit rows or drives are added in the content manager (Compliance page links).'
              )}
            </Typography>
          </Flex>
        )}
      </QueryState>
    </AdminPage>
  );
};
