import { Button, Flex } from '@strapi/design-system';
import { AdminPage, QueryState, SelectField, type Column, SimpleTable, useAdminAction, useQueueFilter } from '@mymitt/admin-kit';
import type { PaymentAnomaly } from '../../../shared/contracts/finance';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { useFinanceActions, usePaymentAnomalies } from '../services/finance';

/**
 * A contribution is paid once: a second payment Stripe reports for it (another checkout session or
 * subscription) is kept out of the ledger and listed here until it is refunded.
 */
export const PaymentAnomaliesPage = () => {
  const t = useMessages();
  const can = useFinancePermissions();
  const filter = useQueueFilter<'open' | 'settled'>('open');
  const { state, reload } = usePaymentAnomalies(filter.status);
  const { refundDuplicatePayment } = useFinanceActions();
  const action = useAdminAction<number>();
  const refund = (id: number) =>
    action.run(id, async () => (await refundDuplicatePayment(id), reload()), {
      success: t('duplicates.refunded', 'Refund sent to Stripe; the flag settles when Stripe confirms it.'),
      failure: t('duplicates.failed', 'The refund failed.'),
    });

  const columns: Array<Column<PaymentAnomaly>> = [
    { key: 'donor', cell: (flag) => (flag.donor ? `${flag.donor.name} (${flag.donor.email})` : `#${flag.contributionId}`) },
    { key: 'amount', cell: (flag) => usd(flag.amountCents) },
    { key: 'returned', cell: (flag) => usd(flag.returnedCents) },
    { key: 'payment', cell: (flag) => flag.paymentIntentId ?? flag.subscriptionId ?? flag.stripeObjectKey },
    { key: 'detected', cell: (flag) => flag.detectedAt.slice(0, 10) },
    {
      key: 'refund',
      label: '',
      cell: (flag) =>
        can.canManageMoney && flag.status === 'open' && flag.paymentIntentId ? (
          <Button variant="danger-light" loading={action.busy === flag.id} onClick={() => refund(flag.id)}>
            {t('duplicates.refund', 'Refund')}
          </Button>
        ) : (
          ''
        ),
    },
  ];
  return (
    <AdminPage page="duplicates" permissions={PERMISSIONS.donorsRead}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <SelectField name="status" {...filter.choices('duplicates', ['open', 'settled'])} />
        <QueryState state={state}>
          {({ data }) => (
            <SimpleTable prefix="duplicates" empty={t('duplicates.none', 'No duplicate payments.')} data={data} columns={columns} />
          )}
        </QueryState>
      </Flex>
    </AdminPage>
  );
};
