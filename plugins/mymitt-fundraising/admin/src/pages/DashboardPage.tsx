import { Button, Flex, Grid, Link, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { AdminPage, QueryState, SimpleTable, Stat, useAdminAction, type Column } from '@mymitt/admin-kit';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { useDashboard, useFinanceActions } from '../services/finance';
import type { FinanceDashboard } from '../../../shared/contracts/finance';

/** A fundraising page by its title: a link to its public page once published. */
const PageTitle = ({ row }: { row: FinanceDashboard['byPage'][number] }) => {
  const t = useMessages();
  if (!row.page) return <Typography textColor="neutral600">{t('dashboard.deletedPage', 'Deleted page')}</Typography>;
  if (row.page.status !== 'published')
    return <Typography>{`${row.page.title} (${t(`pages.status.${row.page.status}`, row.page.status)})`}</Typography>;
  return (
    <Link href={`/fundraise/${encodeURIComponent(row.page.slug)}`} isExternal>
      {row.page.title}
    </Link>
  );
};

/** The Net and Gifts columns every breakdown of the dashboard ends with. */
const netAndGifts = <Count extends string>(count: Count): Array<Column<{ netCents: number } & Record<Count, number>>> => [
  { key: 'net', cell: (row) => usd(row.netCents) },
  { key: 'gifts', cell: (row) => row[count] },
];

/** Net and gifts by one dimension: a row per state or refcode ('—': none given). */
const Breakdown = ({
  title,
  by,
  rows,
}: {
  title: string;
  by: 'state' | 'refcode';
  rows: Array<{ state?: string | null; refcode?: string | null; netCents: number; gifts: number }>;
}) => (
  <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
    <SimpleTable
      title={title}
      prefix="dashboard"
      data={rows}
      rowKey={(r) => r[by] ?? '-'}
      columns={[{ key: by, cell: (r) => r[by] ?? '—' }, ...netAndGifts('gifts')]}
    />
  </Grid.Item>
);

/** Raised today and in total against each drive's goal, by state, page and refcode; recurring value (ACTIONS.read). */
export const DashboardPage = () => {
  const t = useMessages();
  const can = useFinancePermissions();
  const { state } = useDashboard();
  const { downloadScheduleA } = useFinanceActions();
  const action = useAdminAction();
  const download = () => action.run(true, downloadScheduleA, { failure: t('export.failed', 'The export could not be downloaded.') });

  return (
    <AdminPage
      page="dashboard"
      permissions={PERMISSIONS.read}
      primaryAction={
        can.canExport ? (
          <Button startIcon={<Download />} onClick={download} loading={action.busy === true}>
            {t('export.scheduleA', 'FEC Schedule A (CSV)')}
          </Button>
        ) : undefined
      }
    >
      <QueryState state={state}>
        {({ data }) => (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Grid.Root gap={4}>
              <Grid.Item col={3} s={6}>
                <Stat label={t('dashboard.today', 'Raised today')} value={usd(data.all.raisedTodayCents)} />
              </Grid.Item>
              <Grid.Item col={3} s={6}>
                <Stat label={t('dashboard.raised', 'Raised in total')} value={usd(data.all.raisedCents)} />
              </Grid.Item>
              <Grid.Item col={3} s={6}>
                <Stat label={t('dashboard.net', 'Net')} value={usd(data.all.netCents)} />
              </Grid.Item>
              <Grid.Item col={3} s={6}>
                <Stat
                  label={t('dashboard.recurring', 'Recurring per month ({count, plural, one {# gift} other {# gifts}})', {
                    count: data.recurring.activeCount,
                  })}
                  value={usd(data.recurring.monthlyCents)}
                />
              </Grid.Item>
            </Grid.Root>
            <SimpleTable
              title={t('dashboard.campaigns', 'Drives')}
              prefix="dashboard"
              data={data.campaigns}
              columns={[
                { key: 'drive', cell: (c) => c.name },
                { key: 'today', cell: (c) => usd(c.raisedTodayCents) },
                { key: 'raised', cell: (c) => usd(c.netCents) },
                { key: 'goal', cell: (c) => usd(c.goalCents) },
                { key: 'share', label: '%', cell: (c) => (c.goalCents > 0 ? `${Math.round((100 * c.netCents) / c.goalCents)}%` : '—') },
              ]}
            />
            <Grid.Root gap={4}>
              <Grid.Item col={12} s={12} direction="column" alignItems="stretch">
                <SimpleTable
                  title={t('dashboard.byPage', 'By fundraising page')}
                  prefix="dashboard"
                  data={data.byPage}
                  rowKey={(r) => r.pageId}
                  columns={[{ key: 'page', cell: (r) => <PageTitle row={r} /> }, ...netAndGifts('giftCount')]}
                />
              </Grid.Item>
              <Breakdown title={t('dashboard.byState', 'By state')} by="state" rows={data.byState} />
              <Breakdown title={t('dashboard.byRefcode', 'By refcode')} by="refcode" rows={data.byRefcode} />
            </Grid.Root>
          </Flex>
        )}
      </QueryState>
    </AdminPage>
  );
};
