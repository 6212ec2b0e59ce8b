import calls from './calls';
import dnc from './dnc';
import calldays from './calldays';

export default { ...calls, ...dnc, ...calldays };
