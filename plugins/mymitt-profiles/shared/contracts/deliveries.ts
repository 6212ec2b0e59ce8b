/**
 * Mail deliveries (admin routes under /mymitt-profiles/outbox, ACTIONS.deliveriesManage): the kit's outbox
 * items as staff see them (what, how delivery went; never the payload), and the retry of one.
 */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';
/** The list's filter: `retrying` is a pending item whose last attempt failed; `all` is every item. */
export type DeliveryFilter = 'failed' | 'retrying' | 'pending' | 'delivered' | 'all';
export const DELIVERY_FILTERS: DeliveryFilter[] = ['failed', 'retrying', 'pending', 'delivered', 'all'];

export interface Delivery {
  id: number;
  /** The code that delivers it: `notice:event.rsvp-confirmed`, `event:…` for a durable listener. */
  handler: string;
  /** What makes it unique (the cause): the same key is never delivered twice. */
  key: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  /** When a pending item is next tried; null otherwise. */
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

export type DeliveryCounts = Record<DeliveryStatus | 'retrying', number>;

/** GET /mymitt-profiles/outbox?status=&page=&pageSize= */
export interface DeliveriesResponse {
  data: Delivery[];
  meta: {
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    status: DeliveryFilter;
    counts: DeliveryCounts;
  };
}

/** POST /mymitt-profiles/outbox/:id/retry: the item, due now (404 unknown id, 409 already delivered). */
export interface RetryResponse {
  data: Delivery;
}
