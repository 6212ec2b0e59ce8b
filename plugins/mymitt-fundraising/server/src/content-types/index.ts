import compliance from './compliance';
import ledger from './ledger';
import finance from './finance';
import receipts from './receipts';
import pages from './pages';
import anomalies from './anomalies';

export default { ...compliance, ...ledger, ...finance, ...receipts, ...pages, ...anomalies };
