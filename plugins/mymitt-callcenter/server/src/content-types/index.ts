import calls from './calls';
import dnc from './dnc';

export default { ...calls, ...dnc };
