import compliance from './compliance';
import ledger from './ledger';
import pages from './pages';

export default { ...compliance, ...ledger, ...pages };
