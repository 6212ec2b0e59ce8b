import access from './access';
import meta from './meta';
import compliance from './compliance';
import ledger from './ledger';
import payments from './payments';

export default { access, meta, ...compliance, ...ledger, ...payments };
