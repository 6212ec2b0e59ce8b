import catalog from './catalog';
import orders from './orders';

export default { ...catalog, ...orders };
