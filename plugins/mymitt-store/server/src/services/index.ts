import access from './access';
import meta from './meta';
import catalog from './catalog';
import orders from './orders';
import reports from './reports';

export default { access, meta, catalog, orders, reports };
