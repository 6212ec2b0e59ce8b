import clock from './clock';
import caller from './caller';
import callAdmin from './call-admin';
import dashboard from './dashboard';
import callerAccess from './caller-access';
import callerStats from './caller-stats';

export default {
  clock,
  caller,
  'call-admin': callAdmin,
  dashboard,
  'caller-access': callerAccess,
  'caller-stats': callerStats,
};
