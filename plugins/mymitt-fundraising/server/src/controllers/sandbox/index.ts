import sandbox from './sandbox';

export default { sandbox };
