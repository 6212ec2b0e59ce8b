import events from './events';
import eventRsvps from './event-rsvps';
import eventModeration from './event-moderation';

export default { events, 'event-rsvps': eventRsvps, 'event-moderation': eventModeration };
