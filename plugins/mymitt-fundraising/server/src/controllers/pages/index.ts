import pages from './pages';
import pageTeams from './page-teams';
import pageModeration from './page-moderation';

export default { pages, 'page-teams': pageTeams, 'page-moderation': pageModeration };
