import access from './access';
import meta from './meta';
import compliance from './compliance';
import ledger from './ledger';
import payments from './payments';
import finance from './finance';
import receipts from './receipts';
import pages from './pages';
import anomalies from './anomalies';

export default { access, meta, ...compliance, ...ledger, ...payments, ...finance, ...receipts, ...pages, ...anomalies };
