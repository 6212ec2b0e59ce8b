import { Flex } from '@strapi/design-system';
import { ActionButton } from '@mymitt/admin-kit';
import { useMessages } from '../hooks/messages';
import { useStorePermissions } from '../permissions';
import { useOrderActions } from '../services/orders';
import type { StaffOrder } from '../../../shared/contracts/orders';
import { RefundAction } from './RefundAction';
import { ShipAction } from './ShipAction';

/** What staff may do with an order now, as their role allows: fulfil (paid), ship (paid or fulfilled), refund. */
export const OrderActions = ({ order, onDone }: { order: StaffOrder; onDone: () => void }) => {
  const t = useMessages();
  const can = useStorePermissions();
  const { fulfil } = useOrderActions();
  return (
    <Flex gap={2} wrap="wrap">
      {can.canManageOrders && order.status === 'paid' && (
        <ActionButton
          action={() => fulfil(order.documentId).then(onDone)}
          success={t('fulfil.done', 'Order marked as fulfilled.')}
          failure={t('fulfil.failed', 'The order could not be marked as fulfilled.')}
          variant="tertiary"
        >
          {t('fulfil.button', 'Fulfil')}
        </ActionButton>
      )}
      {can.canManageOrders && <ShipAction order={order} onDone={onDone} />}
      {can.canRefund && <RefundAction order={order} onDone={onDone} />}
    </Flex>
  );
};
