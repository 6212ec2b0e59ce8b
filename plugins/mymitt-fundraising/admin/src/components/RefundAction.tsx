import { useState } from 'react';
import { Typography } from '@strapi/design-system';
import { DialogAction, TextField } from '@mymitt/admin-kit';
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
  const [dollars, setDollars] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  if (!['succeeded', 'partially_refunded'].includes(donation.status)) return null;

  const prepare = () => {
    const amount = dollars.trim() ? dollarsToCents(dollars) : null;
    if (amount && (!amount.ok || amount.cents === 0)) {
      setError(t('refund.badAmount', 'Type the refund in dollars with at most two decimals (empty: all of it).'));
      return null;
    }
    setError(undefined);
    return () => refund(donation.id, { refundNumber: donation.refundCount + 1, amountCents: amount?.ok ? amount.cents : undefined });
  };

  return (
    <DialogAction
      label={t('refund.button', 'Refund')}
      variant="danger-light"
      title={t('refund.title', 'Refund {donor}', { donor: `${donation.donor.firstName} ${donation.donor.lastName}` })}
      confirmLabel={t('refund.confirm', 'Refund')}
      cancelLabel={t('refund.cancel', 'Cancel')}
      confirmVariant="danger"
      prepare={prepare}
      success={t('refund.sent', 'Refund requested; the ledger updates when Stripe confirms it.')}
      failure={t('refund.failed', 'The refund failed.')}
      onOpen={() => (setDollars(''), setError(undefined))}
      onDone={onDone}
    >
      <Typography>{t('refund.left', '{net} is left of this gift.', { net: usd(donation.netCents) })}</Typography>
      <TextField
        name="refundDollars"
        label={t('refund.amount', 'Amount in dollars (empty: all)')}
        placeholder={usd(donation.netCents)}
        value={dollars}
        error={error}
        onChange={setDollars}
      />
    </DialogAction>
  );
};
