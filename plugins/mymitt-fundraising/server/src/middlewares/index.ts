import donateRateLimit from './donate-rate-limit';
import statusRateLimit from './status-rate-limit';

export default { 'donate-rate-limit': donateRateLimit, 'status-rate-limit': statusRateLimit };
