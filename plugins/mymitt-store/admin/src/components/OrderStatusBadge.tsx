import { ColorBadge } from '@mymitt/admin-kit';
import { useMessages } from '../hooks/messages';
import type { OrderStatus } from '../../../shared/contracts/orders';

const COLORS: Record<OrderStatus, string> = {
  pending: 'neutral',
  paid: 'primary',
  fulfilled: 'secondary',
  shipped: 'success',
  cancelled: 'neutral',
  refunded: 'danger',
  partially_refunded: 'warning',
};

/** An order's status as a coloured badge, in the admin's language. */
export const OrderStatusBadge = ({ status }: { status: OrderStatus }) => {
  const t = useMessages();
  return <ColorBadge color={COLORS[status]}>{t(`status.${status}`, status.replace('_', ' '))}</ColorBadge>;
};
