import { useState } from 'react';
import { Box, Flex, Grid, SingleSelect, SingleSelectOption, Td, Tr, Typography } from '@strapi/design-system';
import { AdminPage, Cell, DataTable, FormCell, QueryState, SimpleTable, Stat } from '@mymitt/admin-kit';
import type { SupportersReport } from '../../../shared/contracts/reports';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { useSupportersReport } from '../services/reports';

const WEEK_CHOICES = [4, 12, 26, 52, 104];

/** New sign-ups per week, newest first, each with a bar relative to the busiest week. */
const WeeksTable = ({ weeks }: { weeks: SupportersReport['byWeek'] }) => {
  const t = useMessages();
  const busiestWeek = Math.max(1, ...weeks.map((w) => w.count));
  return (
    <DataTable headers={[t('supporters.weekOf', 'Week of (Monday, UTC)'), t('supporters.signUps', 'Sign-ups')]} rowCount={weeks.length}>
      {[...weeks].reverse().map(({ weekStart, count }) => (
        <Tr key={weekStart}>
          <Cell>{weekStart}</Cell>
          <Td width="70%">
            <Flex gap={2}>
              <Box
                background="primary600"
                hasRadius
                height="0.75rem"
                style={{ width: `${(count / busiestWeek) * 80}%`, minWidth: count > 0 ? '2px' : 0 }}
                aria-hidden
              />
              <Typography>{count.toLocaleString()}</Typography>
            </Flex>
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};

const SupportersReportView = ({ report }: { report: SupportersReport }) => {
  const t = useMessages();
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Grid.Root gap={4}>
        <FormCell col={6} s={12}>
          <Stat label={t('supporters.total', 'Supporters')} value={report.total.toLocaleString()} />
        </FormCell>
        <FormCell col={6} s={12}>
          <Stat label={t('supporters.newLast7Days', 'New in the last 7 days')} value={report.newLast7Days.toLocaleString()} />
        </FormCell>
      </Grid.Root>

      <Grid.Root gap={4}>
        <FormCell col={5} s={12}>
          <SimpleTable
            title={t('supporters.byState', 'By state')}
            headers={[t('supporters.state', 'State'), t('supporters.count', 'Supporters')]}
            rows={report.byState.map(({ state, count }) => ({
              key: state,
              cells: [state === 'unknown' ? t('supporters.unknownState', 'Unknown') : state, count.toLocaleString()],
            }))}
          />
        </FormCell>
        <FormCell col={7} s={12}>
          <Typography variant="delta" tag="h2">
            {t('supporters.byWeek', 'New sign-ups by week')}
          </Typography>
          <WeeksTable weeks={report.byWeek} />
        </FormCell>
      </Grid.Root>
    </Flex>
  );
};

/** Supporter totals, by state and new sign-ups by week (ACTIONS.read). */
export const SupportersPage = () => {
  const t = useMessages();
  const [weeks, setWeeks] = useState(12);
  const { state } = useSupportersReport(weeks);
  return (
    <AdminPage
      page="supporters"
      permissions={PERMISSIONS.read}
      startActions={
        <SingleSelect
          aria-label={t('supporters.weeks', 'Weeks shown')}
          value={weeks}
          onChange={(value: string | number) => setWeeks(Number(value))}
        >
          {WEEK_CHOICES.map((choice) => (
            <SingleSelectOption key={choice} value={choice}>
              {t('supporters.lastWeeks', 'Last {weeks} weeks', { weeks: choice })}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      }
    >
      <QueryState state={state}>{(body) => <SupportersReportView report={body.data} />}</QueryState>
    </AdminPage>
  );
};
