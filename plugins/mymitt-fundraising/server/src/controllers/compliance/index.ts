import compliance from './compliance';

export default { compliance };
