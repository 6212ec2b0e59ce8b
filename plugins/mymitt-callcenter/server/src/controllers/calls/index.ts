import calls from './calls';
import callAdmin from './call-admin';
import dashboard from './dashboard';

export default { calls, 'call-admin': callAdmin, dashboard };
