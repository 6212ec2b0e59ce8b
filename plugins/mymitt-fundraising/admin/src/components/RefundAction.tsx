import { useState } from 'react';
import { Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { TextField, useAdminAction } from '@mymitt/admin-kit';
import { useMessages, usd } from '../hooks/use-messages';
import { dollarsToCents } from '../services/dollars';
import { useFinanceActions } from '../services/finance';
import type { DonationResult } from '../../../shared/contracts/finance';

/**
 * The row's Refund button opens a dialog: all that is left by default, or the dollars typed. The refund
 * number (refunds so far + 1) makes a second click harmless (409).
 */
export const RefundAction = ({ donation, onDone }: { donation: DonationResult; onDone: () => void }) => {
  const t = useMessages();
  const { refund } = useFinanceActions();
  const action = useAdminAction();
  const [open, setOpen] = useState(false);
  const [dollars, setDollars] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  if (!['succeeded', 'partially_refunded'].includes(donation.status)) return null;

  const submit = async () => {
    const amount = dollars.trim() ? dollarsToCents(dollars) : null;
    if (amount && (!amount.ok || amount.cents === 0))
      return setError(t('refund.badAmount', 'Type the refund in dollars with at most two decimals (empty: all of it).'));
    setError(undefined);
    const done = await action.run(
      true,
      () => refund(donation.id, { refundNumber: donation.refundCount + 1, amountCents: amount?.ok ? amount.cents : undefined }),
      {
        success: t('refund.sent', 'Refund requested; the ledger updates when Stripe confirms it.'),
        failure: t('refund.failed', 'The refund failed.'),
      }
    );
    if (done) (setOpen(false), setDollars(''), onDone());
  };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant="danger-light" size="S">
          {t('refund.button', 'Refund')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>
          {t('refund.title', 'Refund {donor}', { donor: `${donation.donor.firstName} ${donation.donor.lastName}` })}
        </Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={3} width="100%">
            <Typography>{t('refund.left', '{net} is left of this gift.', { net: usd(donation.netCents) })}</Typography>
            <TextField
              name="refundDollars"
              label={t('refund.amount', 'Amount in dollars (empty: all)')}
              placeholder={usd(donation.netCents)}
              value={dollars}
              error={error}
              onChange={setDollars}
            />
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{t('refund.cancel', 'Cancel')}</Button>
          </Dialog.Cancel>
          <Button variant="danger" onClick={submit} loading={action.busy === true}>
            {t('refund.confirm', 'Refund')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
