import meta from './meta';
import compliance from './compliance';
import ledger from './ledger';

export default { meta, ...compliance, ...ledger };
