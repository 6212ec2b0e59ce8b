import meta from './meta';
import compliance from './compliance';
import ledger from './ledger';
import donations from './donations';
import sandbox from './sandbox';
import finance from './finance';
import pages from './pages';
import anomalies from './anomalies';

export default { meta, ...compliance, ...ledger, ...donations, ...sandbox, ...finance, ...pages, ...anomalies };
