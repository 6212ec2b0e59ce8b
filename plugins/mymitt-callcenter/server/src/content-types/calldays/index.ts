import callDay from './call-day/schema.json';
import callDayParticipant from './call-day-participant/schema.json';
import lifecycles from './lifecycles';

/** Call days (edited by call center managers in the content manager) and who joined them. */
export default {
  'call-day': { schema: callDay, lifecycles },
  'call-day-participant': { schema: callDayParticipant },
};
