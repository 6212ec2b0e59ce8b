import access from './access';
import meta from './meta';
import calls from './calls';
import dnc from './dnc';
import calldays from './calldays';

export default { access, meta, ...calls, ...dnc, ...calldays };
