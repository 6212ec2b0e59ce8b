import compliance from './compliance';
import campaigns from './campaigns';

export default { compliance, campaigns };
