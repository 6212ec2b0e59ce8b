import { PLUGIN_ID } from '../../plugin-id';

export const OFFLINE_GIFT_UID = `plugin::${PLUGIN_ID}.offline-gift` as const;
export const REFUND_REQUEST_UID = `plugin::${PLUGIN_ID}.refund-request` as const;
export const EXCESS_FLAG_UID = `plugin::${PLUGIN_ID}.excess-flag` as const;

export const FINANCE_TABLES = {
  offlineGifts: 'mymitt_offline_gifts',
  refundRequests: 'mymitt_refund_requests',
  excessFlags: 'mymitt_excess_flags',
} as const;

/** Fixed advisory-lock id (PostgreSQL): one FEC-10 run at a time. */
export const EXCESS_JOB_LOCK_KEY = 7_301_202_612;
