import { useState } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { AdminPage, ConfirmActionButton, QueryState, SimpleTable, SuccessBox } from '@mymitt/admin-kit';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { useReconcile } from '../services/money-settings';
import type { ReconcileReport, Totals } from '../../../shared/contracts/finance';

const totalsLine = (totals: Totals) =>
  `${usd(totals.netCents)} net · ${usd(totals.raisedCents)} − ${usd(totals.refundedCents)} · ${totals.giftCount}`;

/**
 * The cached money totals (dashboard, pages, drives) compared with the append-only ledger, as
 * `npm run reconcile` does; a money manager rewrites drifted totals from the ledger after confirming.
 */
export const ReconcilePage = () => {
  const t = useMessages();
  const { canManageMoney } = useFinancePermissions();
  const { state, fix, reload } = useReconcile();
  const [fixed, setFixed] = useState<ReconcileReport | null>(null);

  return (
    <AdminPage
      permissions={PERMISSIONS.read}
      page="reconcile"
      primaryAction={
        <Button variant="secondary" onClick={reload}>
          {t('reconcile.check', 'Check again')}
        </Button>
      }
    >
      <QueryState state={state}>
        {({ data }) => (
          <Flex direction="column" alignItems="stretch" gap={4}>
            {fixed && (
              <SuccessBox>
                {fixed.fixed
                  ? t('reconcile.fixed', 'Rewrote {count, plural, one {# total} other {# totals}} from the ledger.', {
                      count: fixed.drift.length,
                    })
                  : t('reconcile.nothingToFix', 'Nothing to fix: every total already matched the ledger.')}
              </SuccessBox>
            )}
            <Typography>
              {t(
                'reconcile.summary',
                'Checked {checked, plural, one {# total} other {# totals}}; {drift, plural, =0 {none drifted} one {# drifted} other {# drifted}}.',
                {
                  checked: data.checkedScopes,
                  drift: data.drift.length,
                }
              )}
            </Typography>
            {data.parkedEvents > 0 && (
              <Box background="warning100" padding={4} hasRadius>
                <Typography textColor="warning700">
                  {t(
                    'reconcile.parked',
                    '{count, plural, one {# Stripe event waits} other {# Stripe events wait}} for the contribution it names.',
                    {
                      count: data.parkedEvents,
                    }
                  )}
                </Typography>
              </Box>
            )}
            {data.drift.length > 0 && (
              <SimpleTable
                headers={[t('reconcile.scope', 'Total'), t('reconcile.ledger', 'Ledger says'), t('reconcile.cached', 'Cached')]}
                rows={data.drift.map((entry) => ({
                  key: entry.scope,
                  cells: [entry.scope, totalsLine(entry.expected), totalsLine(entry.actual)],
                }))}
              />
            )}
            {canManageMoney && (
              <Flex>
                <ConfirmActionButton
                  variant="danger-light"
                  question={t(
                    'reconcile.confirm',
                    '{count, plural, =0 {No total has drifted now; the ledger is summed again to be sure.} one {# cached total will be replaced by the ledger’s sums.} other {# cached totals will be replaced by the ledger’s sums.}} No gift or ledger row changes.',
                    { count: data.drift.length }
                  )}
                  action={async () => {
                    setFixed(await fix());
                    reload();
                  }}
                  success={t('reconcile.fixedToast', 'Reconcile done.')}
                  failure={t('reconcile.failed', 'The fix failed; nothing changed.')}
                >
                  {t('reconcile.fix', 'Rewrite drifted totals from the ledger')}
                </ConfirmActionButton>
              </Flex>
            )}
          </Flex>
        )}
      </QueryState>
    </AdminPage>
  );
};
