import { useState } from 'react';
import { DialogAction, TextField } from '@mymitt/admin-kit';
import { useMessages } from '../hooks/messages';
import { useOrderActions } from '../services/orders';
import type { StaffOrder } from '../../../shared/contracts/orders';

const TRACKING = /^[A-Za-z0-9-]{4,64}$/;

/** Ship: a dialog asking the carrier and tracking number (the server's rule: 4–64 letters, digits or dashes). */
export const ShipAction = ({ order, onDone }: { order: StaffOrder; onDone: () => void }) => {
  const t = useMessages();
  const { ship } = useOrderActions();
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [errors, setErrors] = useState<{ carrier?: string; tracking?: string }>({});
  if (!['paid', 'fulfilled'].includes(order.status)) return null;

  const prepare = () => {
    const found = {
      carrier: carrier.trim() ? undefined : t('ship.carrierRequired', 'Name the carrier.'),
      tracking: TRACKING.test(tracking.trim()) ? undefined : t('ship.trackingRule', '4 to 64 letters, digits or dashes.'),
    };
    setErrors(found);
    if (found.carrier || found.tracking) return null;
    return () => ship(order.documentId, { carrier: carrier.trim(), trackingNumber: tracking.trim() });
  };

  return (
    <DialogAction
      label={t('ship.button', 'Ship')}
      variant="secondary"
      title={t('ship.title', 'Ship the order to {name}', { name: order.shipping.name })}
      confirmLabel={t('ship.confirm', 'Mark as shipped')}
      cancelLabel={t('common.cancel', 'Cancel')}
      prepare={prepare}
      success={t('ship.done', 'Order marked as shipped.')}
      failure={t('ship.failed', 'The order could not be marked as shipped.')}
      onOpen={() => (setCarrier(''), setTracking(''), setErrors({}))}
      onDone={onDone}
    >
      <TextField
        name="carrier"
        label={t('ship.carrier', 'Carrier')}
        placeholder="USPS"
        value={carrier}
        error={errors.carrier}
        onChange={setCarrier}
        required
      />
      <TextField
        name="trackingNumber"
        label={t('ship.tracking', 'Tracking number')}
        value={tracking}
        error={errors.tracking}
        onChange={setTracking}
        required
      />
    </DialogAction>
  );
};
