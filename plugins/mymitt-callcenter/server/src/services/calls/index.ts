import clock from './clock';
import caller from './caller';
import callAdmin from './call-admin';
import dashboard from './dashboard';

export default { clock, caller, 'call-admin': callAdmin, dashboard };
