import finance from './finance';

export default { finance };
