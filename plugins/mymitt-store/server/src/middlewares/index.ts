import checkoutRateLimit from './checkout-rate-limit';

export default { 'checkout-rate-limit': checkoutRateLimit };
