import posts from './posts';
import postModeration from './post-moderation';
import supporterImages from './supporter-images';

export default { posts, postModeration, supporterImages };
