import compliance from './compliance';
import ledger from './ledger';
import finance from './finance';
import receipts from './receipts';
import pages from './pages';

export default { ...compliance, ...ledger, ...finance, ...receipts, ...pages };
