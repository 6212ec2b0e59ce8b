import unsubscribe from './unsubscribe';
import deliveries from './deliveries';

export default { notices: unsubscribe, deliveries };
