import { useState } from 'react';
import { Box, Flex, Grid, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { SupportersReport } from '../../../shared/contracts/reports';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { QueryState } from '@mymitt/admin-kit';
import { useSupportersReport } from '../services/reports';

const WEEK_CHOICES = [4, 12, 26, 52, 104];

const Total = ({ label, value }: { label: string; value: number }) => (
  <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
    <Typography variant="sigma" textColor="neutral600" tag="p">
      {label}
    </Typography>
    <Typography variant="alpha" tag="p">
      {value.toLocaleString()}
    </Typography>
  </Box>
);

const SupportersReportView = ({ report }: { report: SupportersReport }) => {
  const t = useMessages();
  const busiestWeek = Math.max(1, ...report.byWeek.map((w) => w.count));
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Total label={t('supporters.total', 'Supporters')} value={report.total} />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Total label={t('supporters.newLast7Days', 'New in the last 7 days')} value={report.newLast7Days} />
        </Grid.Item>
      </Grid.Root>

      <Grid.Root gap={4}>
        <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
          <Typography variant="delta" tag="h2">
            {t('supporters.byState', 'By state')}
          </Typography>
          <Table colCount={2} rowCount={report.byState.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('supporters.state', 'State')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('supporters.count', 'Supporters')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {report.byState.map(({ state, count }) => (
                <Tr key={state}>
                  <Td>
                    <Typography>{state === 'unknown' ? t('supporters.unknownState', 'Unknown') : state}</Typography>
                  </Td>
                  <Td>
                    <Typography>{count.toLocaleString()}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Grid.Item>

        <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
          <Typography variant="delta" tag="h2">
            {t('supporters.byWeek', 'New sign-ups by week')}
          </Typography>
          <Table colCount={2} rowCount={report.byWeek.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('supporters.weekOf', 'Week of (Monday, UTC)')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('supporters.signUps', 'Sign-ups')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {[...report.byWeek].reverse().map(({ weekStart, count }) => (
                <Tr key={weekStart}>
                  <Td>
                    <Typography>{weekStart}</Typography>
                  </Td>
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
            </Tbody>
          </Table>
        </Grid.Item>
      </Grid.Root>
    </Flex>
  );
};

/** Supporter totals, by state and new sign-ups by week (ACTIONS.read). */
export const SupportersPage = () => {
  const t = useMessages();
  const [weeks, setWeeks] = useState(12);
  const { state } = useSupportersReport(weeks);
  const title = t('supporters.title', 'Supporters');

  return (
    <Page.Protect permissions={PERMISSIONS.read}>
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header title={title} subtitle={t('supporters.subtitle', 'Who signed up, where and when')} />
        <Layouts.Action
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
        />
        <Layouts.Content>
          <QueryState state={state}>{(body) => <SupportersReportView report={body.data} />}</QueryState>
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};
