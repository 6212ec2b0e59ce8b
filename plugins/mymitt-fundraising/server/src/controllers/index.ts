import meta from './meta';
import compliance from './compliance';
import ledger from './ledger';
import finance from './finance';

export default { meta, ...compliance, ...ledger, ...finance };
