import callList from './call-list/schema.json';
import contact from './contact/schema.json';
import callResult from './call-result/schema.json';
import phoneBank from './phone-bank/schema.json';
import phoneBankCaller from './phone-bank-caller/schema.json';

/** Call lists, their contacts, phone banks, approved callers and the append-only call results. */
export default {
  'call-list': { schema: callList },
  contact: { schema: contact },
  'call-result': { schema: callResult },
  'phone-bank': { schema: phoneBank },
  'phone-bank-caller': { schema: phoneBankCaller },
};
