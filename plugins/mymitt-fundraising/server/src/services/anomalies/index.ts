import paymentAnomalies from './payment-anomalies';

export default { 'payment-anomalies': paymentAnomalies };
