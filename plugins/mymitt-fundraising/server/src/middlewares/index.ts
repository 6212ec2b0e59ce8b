import donateRateLimit from './donate-rate-limit';

export default { 'donate-rate-limit': donateRateLimit };
