import { permissionsHook, pluginPermissions } from '@mymitt/admin-kit';
import { PLUGIN_ID } from './plugin-id';

/** The store's RBAC actions (server/src/admin-actions.ts), one list per page or button. */
export const PERMISSIONS = pluginPermissions(PLUGIN_ID, {
  /** Home, low stock, sales, goals (no buyer identities). */
  read: 'read',
  /** Orders with buyers and addresses; the packing list. */
  ordersRead: 'orders.read',
  /** Fulfil and ship buttons. */
  ordersManage: 'orders.manage',
  /** Refund button. */
  ordersRefund: 'orders.refund',
});

export const READ_PERMISSIONS = PERMISSIONS.read;

/** What the signed-in admin may do here: pages and buttons their role lacks are hidden (the server checks again). */
export const useStorePermissions = permissionsHook({
  canRead: PERMISSIONS.read,
  canReadOrders: PERMISSIONS.ordersRead,
  canManageOrders: PERMISSIONS.ordersManage,
  canRefund: PERMISSIONS.ordersRefund,
});
