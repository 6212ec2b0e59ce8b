import { Button, Flex, Grid, Link, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { AdminPage, QueryState, SimpleTable, Stat, useAdminAction } from '@mymitt/admin-kit';
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

/** Raised today and in total against each drive's goal, by state, page and refcode; recurring value (ACTIONS.read). */
export const DashboardPage = () => {
  const t = useMessages();
  const can = useFinancePermissions();
  const { state } = useDashboard();
  const { downloadScheduleA } = useFinanceActions();
  const action = useAdminAction();
  const download = () => action.run(true, downloadScheduleA, { failure: t('export.failed', 'The export could not be downloaded.') });

  const title = t('dashboard.title', 'Fundraising dashboard');
  return (
    <AdminPage
      permissions={PERMISSIONS.read}
      title={title}
      subtitle={t('dashboard.subtitle', 'Net of refunds and disputes; totals only, no donor identities.')}
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
            <Typography variant="delta">{t('dashboard.campaigns', 'Drives')}</Typography>
            <SimpleTable
              headers={[
                t('dashboard.drive', 'Drive'),
                t('dashboard.today', 'Raised today'),
                t('dashboard.raised', 'Raised in total'),
                t('dashboard.goal', 'Goal'),
                '%',
              ]}
              rows={data.campaigns.map((c) => ({
                key: c.id,
                cells: [
                  c.name,
                  usd(c.raisedTodayCents),
                  usd(c.netCents),
                  usd(c.goalCents),
                  c.goalCents > 0 ? `${Math.round((100 * c.netCents) / c.goalCents)}%` : '—',
                ],
              }))}
            />
            <Grid.Root gap={4}>
              <Grid.Item col={12} s={12} direction="column" alignItems="stretch">
                <Typography variant="delta">{t('dashboard.byPage', 'By fundraising page')}</Typography>
                <SimpleTable
                  headers={[t('dashboard.page', 'Page'), t('dashboard.net', 'Net'), t('dashboard.gifts', 'Gifts')]}
                  rows={data.byPage.map((r) => ({
                    key: r.pageId,
                    cells: [<PageTitle key="page" row={r} />, usd(r.netCents), r.giftCount],
                  }))}
                />
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Typography variant="delta">{t('dashboard.byState', 'By state')}</Typography>
                <SimpleTable
                  headers={[t('dashboard.state', 'State'), t('dashboard.net', 'Net'), t('dashboard.gifts', 'Gifts')]}
                  rows={data.byState.map((r) => ({ key: r.state ?? '-', cells: [r.state ?? '—', usd(r.netCents), r.gifts] }))}
                />
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Typography variant="delta">{t('dashboard.byRefcode', 'By refcode')}</Typography>
                <SimpleTable
                  headers={[t('dashboard.refcode', 'Refcode'), t('dashboard.net', 'Net'), t('dashboard.gifts', 'Gifts')]}
                  rows={data.byRefcode.map((r) => ({ key: r.refcode ?? '-', cells: [r.refcode ?? '—', usd(r.netCents), r.gifts] }))}
                />
              </Grid.Item>
            </Grid.Root>
          </Flex>
        )}
      </QueryState>
    </AdminPage>
  );
};
