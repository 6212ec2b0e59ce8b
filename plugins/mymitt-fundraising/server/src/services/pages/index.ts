import pages from './pages';
import pageTeams from './page-teams';
import pageSettings from './page-settings';

export default { pages, 'page-teams': pageTeams, 'page-settings': pageSettings };
