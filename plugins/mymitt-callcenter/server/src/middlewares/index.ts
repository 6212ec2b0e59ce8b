import nextRateLimit from './next-rate-limit';

export default { 'next-rate-limit': nextRateLimit };
