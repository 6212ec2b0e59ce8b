import { useState } from 'react';
import { Box, Button, Field, Flex, Grid, ProgressBar, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { DISPOSITIONS } from '../../../server/src/domain/dispositions';
import type { CallDashboard } from '../../../shared/contracts/dashboard';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { useMessages } from '../hooks/use-messages';
import { AdminPage, QueryState, SimpleTable, Stat } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';
import { apiErrorMessage } from '../services/admin-request';
import { DASHBOARD_REFRESH_MS, useCallDashboard } from '../services/dashboard';
import { usePhoneBanks } from '../services/phone-banks';

const ALL = 'all';
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

const Figures = ({ dashboard, onDownload }: { dashboard: CallDashboard; onDownload?: (bankId: number) => void }) => {
  const t = useMessages();
  const callsToday = dashboard.callsPerHour.reduce((sum, h) => sum + h.calls, 0);
  const totalCalls = Object.values(dashboard.dispositions).reduce((sum, n) => sum + n, 0);
  const { contacts } = dashboard;
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Grid.Root gap={4}>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <Stat
            label={t('dashboard.activeCallers', 'Active callers')}
            value={dashboard.activeCallers.total}
            hint={t('dashboard.activeCallersHint', '{leases} on a call, {recent} called in the last 15 minutes', {
              leases: dashboard.activeCallers.holdingLease,
              recent: dashboard.activeCallers.calledLast15Minutes,
            })}
          />
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <Stat label={t('dashboard.calls24h', 'Calls in the last 24 hours')} value={callsToday} />
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <Stat
            label={t('dashboard.eligibleNow', 'Callable now')}
            value={contacts.eligibleNow}
            hint={t('dashboard.eligibleHint', 'inside calling hours, not cooling down or leased')}
          />
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
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
        </Grid.Item>
      </Grid.Root>

      <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
        <Typography variant="delta" tag="h2">
          {t('dashboard.perHour', 'Calls per hour')}
        </Typography>
        <Box paddingTop={4}>
          <HourBars hours={dashboard.callsPerHour} />
        </Box>
      </Box>

      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="delta" tag="h2">
          {t('dashboard.banks', 'Phone banks')}
        </Typography>
        <SimpleTable
          headers={[
            t('banks.name', 'Name'),
            t('banks.status', 'Status'),
            t('dashboard.calls', 'Calls'),
            t('dashboard.conversations', 'Conversations'),
            t('dashboard.goal', 'Goal'),
            t('dashboard.remaining', 'Contacts remaining'),
            t('dashboard.eligibleNow', 'Callable now'),
            ...(onDownload ? [t('banks.results', 'Results')] : []),
          ]}
          rows={dashboard.phoneBanks.map((bank) => ({
            key: bank.id,
            cells: [
              bank.name,
              t(`status.${bank.status}`, bank.status),
              bank.calls,
              bank.conversations,
              bank.goalCompleted ? (
                <Flex key="goal" direction="column" alignItems="stretch" gap={1} minWidth="120px">
                  <ProgressBar value={Math.min(100, bank.goalPercent ?? 0)} size="S" />
                  <Typography variant="pi">{`${bank.conversations} / ${bank.goalCompleted} (${bank.goalPercent}%)`}</Typography>
                </Flex>
              ) : (
                '—'
              ),
              bank.remaining,
              bank.eligibleNow ?? '—',
              ...(onDownload
                ? [
                    <Button key="csv" variant="tertiary" size="S" startIcon={<Download />} onClick={() => onDownload(bank.id)}>
                      CSV
                    </Button>,
                  ]
                : []),
            ],
          }))}
        />
      </Flex>

      <Grid.Root gap={4}>
        <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
          <Typography variant="delta" tag="h2">
            {t('dashboard.dispositions', 'Dispositions')}
          </Typography>
          <SimpleTable
            headers={[t('dashboard.disposition', 'Disposition'), t('dashboard.calls', 'Calls'), '%']}
            rows={DISPOSITIONS.map((d) => ({
              key: d,
              cells: [
                t(`disposition.${d}`, d),
                dashboard.dispositions[d],
                totalCalls ? `${Math.round((100 * dashboard.dispositions[d]) / totalCalls)}%` : '—',
              ],
            }))}
          />
        </Grid.Item>
        <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
          <Typography variant="delta" tag="h2">
            {t('dashboard.byState', 'By state')}
          </Typography>
          <SimpleTable
            headers={[
              t('dashboard.state', 'State'),
              t('dashboard.remaining', 'Contacts remaining'),
              t('dashboard.done', 'Done'),
              t('dashboard.dnc', 'Do not call'),
              t('dashboard.calls', 'Calls'),
            ]}
            rows={dashboard.byState.map((s) => ({
              key: s.state ?? '-',
              cells: [s.state ?? t('dashboard.unknownState', 'Unknown'), s.remaining, s.done, s.dnc, s.calls],
            }))}
          />
        </Grid.Item>
      </Grid.Root>
    </Flex>
  );
};

/** The live dashboard (read): refreshes every 10 s, for the whole call center or one phone bank. */
export const DashboardPage = () => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  const { toggleNotification } = useNotification();
  const [bank, setBank] = useState(ALL);
  const { state } = useCallDashboard(bank === ALL ? undefined : Number(bank));
  const banks = usePhoneBanks();

  const download = async (bankId: number) => {
    try {
      await banks.downloadResults(bankId);
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) ?? t('export.failed', 'The export could not be downloaded.') });
    }
  };

  const title = t('dashboard.title', 'Call center dashboard');
  return (
    <AdminPage
      permissions={PERMISSIONS.read}
      title={title}
      subtitle={t('dashboard.subtitle', 'Live figures, refreshed every {seconds} seconds; totals only, no contact data.', {
        seconds: DASHBOARD_REFRESH_MS / 1000,
      })}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Box background="neutral0" padding={4} shadow="filterShadow" hasRadius>
          <Field.Root name="phoneBank" maxWidth="400px">
            <Field.Label>{t('dashboard.scope', 'Phone bank')}</Field.Label>
            <SingleSelect value={bank} onChange={(value: string | number) => setBank(String(value))}>
              <SingleSelectOption value={ALL}>{t('dashboard.allBanks', 'All phone banks')}</SingleSelectOption>
              {banks.state.status === 'ready' &&
                banks.state.value.data.map((b) => (
                  <SingleSelectOption key={b.id} value={String(b.id)}>
                    {b.name}
                  </SingleSelectOption>
                ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        <QueryState state={state}>
          {({ data }) => <Figures dashboard={data} onDownload={can.canManageLists ? download : undefined} />}
        </QueryState>
      </Flex>
    </AdminPage>
  );
};
