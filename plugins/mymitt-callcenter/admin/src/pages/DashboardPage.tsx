import { useState } from 'react';
import { Box, Button, Flex, Grid, ProgressBar, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { DISPOSITIONS } from '../../../server/src/domain/dispositions';
import type { CallDashboard } from '../../../shared/contracts/dashboard';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { useMessages } from '../hooks/use-messages';
import { AdminPage, FormCell, Panel, QueryState, FilterSelect, SimpleTable, Stat, useAdminAction } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';
import { DASHBOARD_REFRESH_MS, useCallDashboard } from '../services/dashboard';
import { usePhoneBanks } from '../services/phone-banks';

const BAR_HEIGHT = 120;

/** Calls per UTC hour of the last 24 hours as bars, labelled in the browser's local time. */
const HourBars = ({ hours }: { hours: CallDashboard['callsPerHour'] }) => {
  const max = Math.max(1, ...hours.map((h) => h.calls));
  return (
    <Flex gap={1} alignItems="flex-end" height={`${BAR_HEIGHT + 40}px`}>
      {hours.map((h) => {
        const label = new Date(h.hourStart).toLocaleTimeString(undefined, { hour: '2-digit' });
        return (
          <Flex key={h.hourStart} direction="column" alignItems="center" justifyContent="flex-end" flex="1" title={`${label}: ${h.calls}`}>
            <Typography variant="pi" textColor="neutral600">
              {h.calls || ''}
            </Typography>
            <Box
              background={h.calls ? 'primary600' : 'neutral150'}
              width="100%"
              hasRadius
              style={{ height: `${Math.max(2, Math.round((BAR_HEIGHT * h.calls) / max))}px` }}
            />
            <Typography variant="pi" textColor="neutral500">
              {label}
            </Typography>
          </Flex>
        );
      })}
    </Flex>
  );
};

/** A bank's conversations against its goal: a bar and "done / goal (percent)". */
const GoalProgress = ({ bank }: { bank: CallDashboard['phoneBanks'][number] }) => (
  <Flex direction="column" alignItems="stretch" gap={1} minWidth="120px">
    <ProgressBar value={Math.min(100, bank.goalPercent ?? 0)} size="S" />
    <Typography variant="pi">{`${bank.conversations} / ${bank.goalCompleted} (${bank.goalPercent}%)`}</Typography>
  </Flex>
);

const Figures = ({ dashboard, onDownload }: { dashboard: CallDashboard; onDownload?: (bankId: number) => void }) => {
  const t = useMessages();
  const callsToday = dashboard.callsPerHour.reduce((sum, h) => sum + h.calls, 0);
  const totalCalls = Object.values(dashboard.dispositions).reduce((sum, n) => sum + n, 0);
  const { contacts } = dashboard;
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Grid.Root gap={4}>
        <FormCell col={3} s={6}>
          <Stat
            label={t('dashboard.activeCallers', 'Active callers')}
            value={dashboard.activeCallers.total}
            hint={t('dashboard.activeCallersHint', '{leases} on a call, {recent} called in the last 15 minutes', {
              leases: dashboard.activeCallers.holdingLease,
              recent: dashboard.activeCallers.calledLast15Minutes,
            })}
          />
        </FormCell>
        <FormCell col={3} s={6}>
          <Stat label={t('dashboard.calls24h', 'Calls in the last 24 hours')} value={callsToday} />
        </FormCell>
        <FormCell col={3} s={6}>
          <Stat
            label={t('dashboard.eligibleNow', 'Callable now')}
            value={contacts.eligibleNow}
            hint={t('dashboard.eligibleHint', 'inside calling hours, not cooling down or leased')}
          />
        </FormCell>
        <FormCell col={3} s={6}>
          <Stat
            label={t('dashboard.remaining', 'Contacts remaining')}
            value={contacts.active}
            hint={t('dashboard.remainingHint', 'of {total}: {done} done, {dnc} do not call, {leased} on a call', {
              total: contacts.total,
              done: contacts.done,
              dnc: contacts.dnc,
              leased: contacts.leased,
            })}
          />
        </FormCell>
      </Grid.Root>

      <Panel title={t('dashboard.perHour', 'Calls per hour')}>
        <HourBars hours={dashboard.callsPerHour} />
      </Panel>

      <SimpleTable
        title={t('dashboard.banks', 'Phone banks')}
        prefix="dashboard"
        data={dashboard.phoneBanks}
        rowKey={(bank) => bank.id}
        columns={[
          { key: 'name', label: t('banks.name', 'Name'), cell: (bank) => bank.name },
          { key: 'status', label: t('banks.status', 'Status'), cell: (bank) => t(`status.${bank.status}`, bank.status) },
          { key: 'calls', cell: (bank) => bank.calls },
          { key: 'conversations', cell: (bank) => bank.conversations },
          { key: 'goal', cell: (bank) => (bank.goalCompleted ? <GoalProgress bank={bank} /> : '—') },
          { key: 'remaining', cell: (bank) => bank.remaining },
          { key: 'eligibleNow', cell: (bank) => bank.eligibleNow ?? '—' },
          {
            key: 'results',
            label: t('banks.results', 'Results'),
            shown: !!onDownload,
            cell: (bank) => (
              <Button variant="tertiary" size="S" startIcon={<Download />} onClick={() => onDownload?.(bank.id)}>
                CSV
              </Button>
            ),
          },
        ]}
      />

      <Grid.Root gap={4}>
        <FormCell col={5} s={12}>
          <SimpleTable
            title={t('dashboard.dispositions', 'Dispositions')}
            prefix="dashboard"
            data={[...DISPOSITIONS]}
            rowKey={(d) => d}
            columns={[
              { key: 'disposition', cell: (d) => t(`disposition.${d}`, d) },
              { key: 'calls', cell: (d) => dashboard.dispositions[d] },
              {
                key: 'share',
                label: '%',
                cell: (d) => (totalCalls ? `${Math.round((100 * dashboard.dispositions[d]) / totalCalls)}%` : '—'),
              },
            ]}
          />
        </FormCell>
        <FormCell col={7} s={12}>
          <SimpleTable
            title={t('dashboard.byState', 'By state')}
            prefix="dashboard"
            data={dashboard.byState}
            rowKey={(s) => s.state ?? '-'}
            columns={[
              { key: 'state', cell: (s) => s.state ?? t('dashboard.unknownState', 'Unknown') },
              { key: 'remaining', cell: (s) => s.remaining },
              { key: 'done', cell: (s) => s.done },
              { key: 'dnc', cell: (s) => s.dnc },
              { key: 'calls', cell: (s) => s.calls },
            ]}
          />
        </FormCell>
      </Grid.Root>
    </Flex>
  );
};

/** The live dashboard (read): refreshes every 10 s, for the whole call center or one phone bank. */
export const DashboardPage = () => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  const { run } = useAdminAction();
  const [bank, setBank] = useState<string>();
  const { state } = useCallDashboard(bank === undefined ? undefined : Number(bank));
  const banks = usePhoneBanks();

  const download = (bankId: number) =>
    run(true, () => banks.downloadResults(bankId), { failure: t('export.failed', 'The export could not be downloaded.') });

  return (
    <AdminPage
      page="dashboard"
      permissions={PERMISSIONS.read}
      subtitle={t('dashboard.subtitle', 'Live figures, refreshed every {seconds} seconds; totals only, no contact data.', {
        seconds: DASHBOARD_REFRESH_MS / 1000,
      })}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Panel padding={4}>
          <Box maxWidth="400px">
            <FilterSelect
              name="phoneBank"
              label={t('dashboard.scope', 'Phone bank')}
              anyLabel={t('dashboard.allBanks', 'All phone banks')}
              value={bank}
              options={banks.state.status === 'ready' ? banks.state.value.data.map((b) => ({ value: String(b.id), label: b.name })) : []}
              onChange={setBank}
            />
          </Box>
        </Panel>
        <QueryState state={state}>
          {({ data }) => <Figures dashboard={data} onDownload={can.canManageLists ? download : undefined} />}
        </QueryState>
      </Flex>
    </AdminPage>
  );
};
