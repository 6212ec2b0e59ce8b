import event from './event/schema.json';
import eventShift from './event-shift/schema.json';
import eventRsvp from './event-rsvp/schema.json';
import eventCohost from './event-cohost/schema.json';

/**
 * Events and house parties. Shifts, RSVPs and co-hosts point at their event (and RSVPs at their
 * shift) by numeric id columns rather than relations: the seat counter and waitlist are raw SQL on
 * indexed columns, and the unique "one active RSVP per shift" index needs the columns on the row.
 */
export default {
  event: { schema: event },
  'event-shift': { schema: eventShift },
  'event-rsvp': { schema: eventRsvp },
  'event-cohost': { schema: eventCohost },
};
