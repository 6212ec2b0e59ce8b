import clock from './clock';
import caller from './caller';
import callAdmin from './call-admin';

export default { clock, caller, 'call-admin': callAdmin };
