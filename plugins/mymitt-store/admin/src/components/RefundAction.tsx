import { useState } from 'react';
import { Checkbox, Typography } from '@strapi/design-system';
import { DialogAction, TextField } from '@mymitt/admin-kit';
import { useDollars, useMessages } from '../hooks/messages';
import { useOrderActions } from '../services/orders';
import type { StaffOrder, StaffOrderLine } from '../../../shared/contracts/orders';

const REFUNDABLE = ['paid', 'fulfilled', 'shipped', 'partially_refunded'];
const lineLeft = (line: StaffOrderLine) => line.qty * line.unitPriceCents - line.refundedCents;

/**
 * Refund: a dialog listing the lines still refundable. Ticking lines refunds those lines in full; ticking
 * none refunds everything left, shipping included. The amount is shown in dollars before confirming.
 */
export const RefundAction = ({ order, onDone }: { order: StaffOrder; onDone: () => void }) => {
  const t = useMessages();
  const dollars = useDollars();
  const { refund } = useOrderActions();
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const left = order.totalCents - order.refundedCents;
  if (!REFUNDABLE.includes(order.status) || !order.contributionDocumentId || left <= 0) return null;

  const open = order.lines.filter((line) => lineLeft(line) > 0);
  const amount = chosen.length ? open.filter((l) => chosen.includes(l.documentId)).reduce((sum, l) => sum + lineLeft(l), 0) : left;
  const toggle = (documentId: string, on: boolean) =>
    setChosen((current) => (on ? [...current, documentId] : current.filter((id) => id !== documentId)));

  return (
    <DialogAction
      label={t('refund.button', 'Refund')}
      variant="danger-light"
      title={t('refund.title', 'Refund the order of {name}', { name: order.shipping.name })}
      confirmLabel={t('refund.confirm', 'Refund {amount}', { amount: dollars(amount) })}
      confirmVariant="danger"
      cancelLabel={t('common.cancel', 'Cancel')}
      prepare={() => () =>
        refund(order.documentId, { lineDocumentIds: chosen.length ? chosen : undefined, reason: reason.trim() || undefined })
      }
      success={t('refund.done', 'Refund requested: {amount}. The ledger records it when Stripe confirms.', { amount: dollars(amount) })}
      failure={t('refund.failed', 'The refund failed.')}
      onOpen={() => (setChosen([]), setReason(''))}
      onDone={onDone}
    >
      <Typography>
        {t('refund.hint', 'Tick lines to refund them in full; tick none to refund all that is left ({left}, shipping included).', {
          left: dollars(left),
        })}
      </Typography>
      {open.map((line) => (
        <Checkbox
          key={line.documentId}
          checked={chosen.includes(line.documentId)}
          onCheckedChange={(on: boolean | 'indeterminate') => toggle(line.documentId, on === true)}
        >
          {`${line.qty} × ${line.name} — ${dollars(lineLeft(line))}`}
        </Checkbox>
      ))}
      <TextField name="reason" label={t('refund.reason', 'Reason (optional)')} value={reason} onChange={setReason} maxLength={200} />
    </DialogAction>
  );
};
