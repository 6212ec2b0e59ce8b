import offlineGifts from './offline-gifts';
import refunds from './refunds';
import excessFlags from './excess-flags';
import scheduleA from './schedule-a';
import dashboard from './dashboard';
import donations from './donations';

export default { 'offline-gifts': offlineGifts, refunds, 'excess-flags': excessFlags, 'schedule-a': scheduleA, dashboard, donations };
