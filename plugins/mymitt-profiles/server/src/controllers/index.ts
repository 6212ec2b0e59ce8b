import leaderboard from './leaderboard';
import meta from './meta';
import profile from './profile';
import blog from './blog';
import groups from './groups';
import events from './events';
import reports from './reports';
import settings from './settings';
import notices from './notices';

export default { leaderboard, meta, profile, ...blog, ...groups, ...events, ...reports, ...settings, ...notices };
