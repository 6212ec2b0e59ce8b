import { useState } from 'react';
import { Badge, Button, Flex } from '@strapi/design-system';
import {
  AdminPage,
  QueryState,
  SelectField,
  type Column,
  SimpleTable,
  SuccessBox,
  useAdminAction,
  useQueueFilter,
} from '@mymitt/admin-kit';
import type { ExcessFlag, ExcessRunReport } from '../../../shared/contracts/finance';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { useExcessFlags, useFinanceActions } from '../services/finance';

/** FEC-10: donors over the per-election limit, with the 60-day remedy date; "Check now" runs the daily job. */
export const ExcessFlagsPage = () => {
  const t = useMessages();
  const can = useFinancePermissions();
  const filter = useQueueFilter<'open' | 'remedied'>('open');
  const { state, reload } = useExcessFlags(filter.status);
  const { runExcessCheck } = useFinanceActions();
  const action = useAdminAction();
  const [report, setReport] = useState<ExcessRunReport | null>(null);
  const run = () =>
    action.run(
      true,
      async () => {
        setReport(await runExcessCheck());
        reload();
      },
      { success: t('excess.ranToast', 'Check done.'), failure: t('excess.failed', 'The check failed.') }
    );

  const columns: Array<Column<ExcessFlag>> = [
    {
      key: 'donor',
      cell: (flag) => (flag.donor ? `${flag.donor.name} (${flag.donor.email})` : `#${flag.contributionId ?? '?'}`),
    },
    { key: 'election', cell: (flag) => flag.electionName ?? String(flag.electionId) },
    { key: 'total', cell: (flag) => usd(flag.totalCents) },
    { key: 'excess', cell: (flag) => usd(flag.excessCents) },
    { key: 'since', cell: (flag) => flag.exceededOn },
    {
      key: 'due',
      cell: (flag) =>
        flag.overdue ? <Badge textColor="danger600">{`${flag.remedyDueBy} · ${t('excess.overdue', 'overdue')}`}</Badge> : flag.remedyDueBy,
    },
  ];
  return (
    <AdminPage
      page="excess"
      permissions={PERMISSIONS.donorsRead}
      primaryAction={
        can.canManageMoney ? (
          <Button onClick={run} loading={action.busy === true}>
            {t('excess.run', 'Check now')}
          </Button>
        ) : undefined
      }
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        {report && (
          <SuccessBox>
            {report.ran
              ? t('excess.ran', 'Checked on {day}: {open} open, {overdue} overdue, {remedied} remedied.', {
                  day: report.checkedOn,
                  open: report.open,
                  overdue: report.overdue,
                  remedied: report.remedied,
                })
              : t('excess.notRan', 'The check did not run: no contribution limit applies today, or another check is running.')}
          </SuccessBox>
        )}
        <SelectField name="status" {...filter.choices('excess', ['open', 'remedied'])} />
        <QueryState state={state}>
          {({ data }) => <SimpleTable prefix="excess" empty={t('excess.none', 'Nothing to remedy.')} data={data} columns={columns} />}
        </QueryState>
      </Flex>
    </AdminPage>
  );
};
