import { useState } from 'react';
import { Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { LoadState } from '../components/LoadState';
import { SimpleTable } from '../components/SimpleTable';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { apiErrorMessage, useFinanceActions, usePaymentAnomalies } from '../services/finance';

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
  const { toggleNotification } = useNotification();
  const [refunding, setRefunding] = useState<number | null>(null);

  const refund = async (id: number) => {
    setRefunding(id);
    try {
      await refundDuplicatePayment(id);
      toggleNotification({
        type: 'success',
        message: t('duplicates.refunded', 'Refund sent to Stripe; the flag settles when Stripe confirms it.'),
      });
      reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) ?? t('duplicates.failed', 'The refund failed.') });
    } finally {
      setRefunding(null);
    }
  };

  const title = t('duplicates.title', 'Duplicate payments');
  return (
    <Page.Protect permissions={PERMISSIONS.donorsRead}>
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header
          title={title}
          subtitle={t('duplicates.subtitle', 'A second payment for a contribution already paid: not counted in the ledger; refund it.')}
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <SingleSelect value={status} onChange={(value: string | number) => setStatus(value as 'open' | 'settled')}>
              <SingleSelectOption value="open">{t('duplicates.open', 'Open')}</SingleSelectOption>
              <SingleSelectOption value="settled">{t('duplicates.settled', 'Refunded')}</SingleSelectOption>
            </SingleSelect>
            <LoadState state={state}>
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
                          <Button key="refund" variant="danger-light" loading={refunding === flag.id} onClick={() => refund(flag.id)}>
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
            </LoadState>
          </Flex>
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};
