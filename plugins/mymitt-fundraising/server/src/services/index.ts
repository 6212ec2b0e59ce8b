import access from './access';
import meta from './meta';
import compliance from './compliance';
import ledger from './ledger';

export default { access, meta, ...compliance, ...ledger };
