import access from './access';
import meta from './meta';

export default { access, meta };
