import { useState } from 'react';
import { Badge, Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { LoadState } from '../components/LoadState';
import { SimpleTable } from '../components/SimpleTable';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { apiErrorMessage, useExcessFlags, useFinanceActions } from '../services/finance';

/** FEC-10: donors over the per-election limit, with the 60-day remedy date; "Check now" runs the daily job. */
export const ExcessFlagsPage = () => {
  const t = useMessages();
  const can = useFinancePermissions();
  const [status, setStatus] = useState<'open' | 'remedied'>('open');
  const { state, reload } = useExcessFlags(status);
  const { runExcessCheck } = useFinanceActions();
  const { toggleNotification } = useNotification();
  const [running, setRunning] = useState(false);

  const run = async () => {
    setRunning(true);
    try {
      await runExcessCheck();
      reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) ?? t('excess.failed', 'The check failed.') });
    } finally {
      setRunning(false);
    }
  };

  const title = t('excess.title', 'Excessive contributions (FEC-10)');
  return (
    <Page.Protect permissions={PERMISSIONS.donorsRead}>
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header
          title={title}
          subtitle={t('excess.subtitle', 'Refund, redesignate or reattribute the excess within 60 days of receipt.')}
          primaryAction={
            can.canManageMoney ? (
              <Button onClick={run} loading={running}>
                {t('excess.run', 'Check now')}
              </Button>
            ) : undefined
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <SingleSelect value={status} onChange={(value: string | number) => setStatus(value as 'open' | 'remedied')}>
              <SingleSelectOption value="open">{t('excess.open', 'Open')}</SingleSelectOption>
              <SingleSelectOption value="remedied">{t('excess.remedied', 'Remedied')}</SingleSelectOption>
            </SingleSelect>
            <LoadState state={state}>
              {({ data }) =>
                data.length === 0 ? (
                  <Typography>{t('excess.none', 'Nothing to remedy.')}</Typography>
                ) : (
                  <SimpleTable
                    headers={[
                      t('excess.donor', 'Donor'),
                      t('excess.election', 'Election'),
                      t('excess.total', 'Given'),
                      t('excess.excess', 'Excess'),
                      t('excess.since', 'Over since'),
                      t('excess.due', 'Remedy by'),
                    ]}
                    rows={data.map((flag) => ({
                      key: flag.id,
                      cells: [
                        flag.donor ? `${flag.donor.name} (${flag.donor.email})` : `#${flag.contributionId ?? '?'}`,
                        flag.electionName ?? String(flag.electionId),
                        usd(flag.totalCents),
                        usd(flag.excessCents),
                        flag.exceededOn,
                        flag.overdue ? (
                          <Badge key="due" textColor="danger600">{`${flag.remedyDueBy} · ${t('excess.overdue', 'overdue')}`}</Badge>
                        ) : (
                          flag.remedyDueBy
                        ),
                      ],
                    }))}
                  />
                )
              }
            </LoadState>
          </Flex>
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};
