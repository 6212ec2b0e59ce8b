import meta from './meta';
import calls from './calls';
import dnc from './dnc';

export default { meta, ...calls, ...dnc };
