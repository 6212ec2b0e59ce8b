import meta from './meta';
import compliance from './compliance';
import ledger from './ledger';
import donations from './donations';
import sandbox from './sandbox';

export default { meta, ...compliance, ...ledger, ...donations, ...sandbox };
