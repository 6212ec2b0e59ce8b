import compliance from './compliance';
import ledger from './ledger';
import finance from './finance';
import receipts from './receipts';

export default { ...compliance, ...ledger, ...finance, ...receipts };
