import activity from './activity';
import profile from './profile';
import blog from './blog';
import groups from './groups';
import events from './events';
import notices from './notices';

export default { activity, profile, ...blog, ...groups, ...events, ...notices };
