import compliance from './compliance';
import ledger from './ledger';

export default { ...compliance, ...ledger };
