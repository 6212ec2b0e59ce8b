import post from './post/schema.json';
import postReport from './post-report/schema.json';

export default { post: { schema: post }, 'post-report': { schema: postReport } };
