import groups from './groups';
import groupMemberships from './group-memberships';
import groupAnnouncements from './group-announcements';

export default { groups, 'group-memberships': groupMemberships, 'group-announcements': groupAnnouncements };
