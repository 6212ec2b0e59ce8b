import access from './access';
import meta from './meta';
import calls from './calls';
import dnc from './dnc';

export default { access, meta, ...calls, ...dnc };
