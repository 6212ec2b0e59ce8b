import access from './access';
import demoData from './demo-data';
import activity from './activity';
import meta from './meta';
import profiles from './profiles';
import settings from './settings';
import blog from './blog';
import groups from './groups';
import events from './events';
import reports from './reports';
import notices from './notices';

export default { access, 'demo-data': demoData, activity, meta, profiles, settings, ...blog, ...groups, ...events, ...reports, ...notices };
