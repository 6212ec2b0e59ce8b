import callDays from './call-days';

export default { 'call-days': callDays };
