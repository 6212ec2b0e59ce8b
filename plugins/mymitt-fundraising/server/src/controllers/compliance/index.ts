import compliance from './compliance';
import campaigns from './campaigns';
import limitsAndGoals from './limits-and-goals';

export default { compliance, campaigns, limitsAndGoals };
