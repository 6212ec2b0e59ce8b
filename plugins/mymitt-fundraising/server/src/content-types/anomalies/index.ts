import paymentAnomaly from './payment-anomaly/schema.json';

/** Staff flags the webhook raises instead of booking money: a contribution is paid once. */
export default {
  'payment-anomaly': { schema: paymentAnomaly },
};
