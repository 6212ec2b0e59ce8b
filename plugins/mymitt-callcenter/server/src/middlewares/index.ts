import csvBody from './csv-body';
import nextRateLimit from './next-rate-limit';

export default { 'csv-body': csvBody, 'next-rate-limit': nextRateLimit };
