import paymentAnomalies from './payment-anomalies';

export default { paymentAnomalies };
