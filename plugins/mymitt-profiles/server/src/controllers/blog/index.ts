import post from './post';
import postModeration from './post-moderation';

export default { post, postModeration };
