import dncEntry from './dnc-entry/schema.json';
import dncAudit from './dnc-audit/schema.json';

/** The do-not-call registry (TEL-03) and its audit trail. */
export default {
  'dnc-entry': { schema: dncEntry },
  'dnc-audit': { schema: dncAudit },
};
