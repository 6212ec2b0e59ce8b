import offlineGift from './offline-gift/schema.json';
import refundRequest from './refund-request/schema.json';
import excessFlag from './excess-flag/schema.json';

/** Finance staff's records around the ledger: offline gifts, refund requests and FEC-10 excess flags. */
export default {
  'offline-gift': { schema: offlineGift },
  'refund-request': { schema: refundRequest },
  'excess-flag': { schema: excessFlag },
};
