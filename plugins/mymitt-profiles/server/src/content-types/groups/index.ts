import group from './group';
import groupMembership from './group-membership';
import groupAnnouncement from './group-announcement';

export default { group, 'group-membership': groupMembership, 'group-announcement': groupAnnouncement };
