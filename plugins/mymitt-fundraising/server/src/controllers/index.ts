import meta from './meta';
import compliance from './compliance';
import ledger from './ledger';
import pages from './pages';

export default { meta, ...compliance, ...ledger, ...pages };
