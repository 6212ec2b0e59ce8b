import meta from './meta';
import catalog from './catalog';
import orders from './orders';
import staffOrders from './staff-orders';
import reports from './reports';

export default { meta, catalog, orders, 'staff-orders': staffOrders, reports };
