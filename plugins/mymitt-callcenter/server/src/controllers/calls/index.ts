import calls from './calls';
import callAdmin from './call-admin';

export default { calls, 'call-admin': callAdmin };
