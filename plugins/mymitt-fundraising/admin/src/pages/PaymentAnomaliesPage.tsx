import { useState } from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { AdminPage, QueryState, SelectField, SimpleTable, useAdminAction } from '@mymitt/admin-kit';
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
  const [status, setStatus] = useState<'open' | 'settled'>('open');
  const { state, reload } = usePaymentAnomalies(status);
  const { refundDuplicatePayment } = useFinanceActions();
  const action = useAdminAction<number>();
  const refund = (id: number) =>
    action.run(id, async () => (await refundDuplicatePayment(id), reload()), {
      success: t('duplicates.refunded', 'Refund sent to Stripe; the flag settles when Stripe confirms it.'),
      failure: t('duplicates.failed', 'The refund failed.'),
    });

  const title = t('duplicates.title', 'Duplicate payments');
  return (
    <AdminPage
      permissions={PERMISSIONS.donorsRead}
      title={title}
      subtitle={t('duplicates.subtitle', 'A second payment for a contribution already paid: not counted in the ledger; refund it.')}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <SelectField
          name="status"
          label={t('duplicates.show', 'Show')}
          value={status}
          onChange={(value) => setStatus(value as 'open' | 'settled')}
          options={[
            { value: 'open', label: t('duplicates.open', 'Open') },
            { value: 'settled', label: t('duplicates.settled', 'Refunded') },
          ]}
        />
        <QueryState state={state}>
          {({ data }) =>
            data.length === 0 ? (
              <Typography>{t('duplicates.none', 'No duplicate payments.')}</Typography>
            ) : (
              <SimpleTable
                headers={[
                  t('duplicates.donor', 'Donor'),
                  t('duplicates.amount', 'Charged again'),
                  t('duplicates.returned', 'Given back'),
                  t('duplicates.payment', 'Stripe payment'),
                  t('duplicates.detected', 'Detected'),
                  '',
                ]}
                rows={data.map((flag) => ({
                  key: flag.id,
                  cells: [
                    flag.donor ? `${flag.donor.name} (${flag.donor.email})` : `#${flag.contributionId}`,
                    usd(flag.amountCents),
                    usd(flag.returnedCents),
                    flag.paymentIntentId ?? flag.subscriptionId ?? flag.stripeObjectKey,
                    flag.detectedAt.slice(0, 10),
                    can.canManageMoney && flag.status === 'open' && flag.paymentIntentId ? (
                      <Button key="refund" variant="danger-light" loading={action.busy === flag.id} onClick={() => refund(flag.id)}>
                        {t('duplicates.refund', 'Refund')}
                      </Button>
                    ) : (
                      ''
                    ),
                  ],
                }))}
              />
            )
          }
        </QueryState>
      </Flex>
    </AdminPage>
  );
};
