import meta from './meta';
import calls from './calls';
import dnc from './dnc';
import calldays from './calldays';

export default { meta, ...calls, ...dnc, ...calldays };
