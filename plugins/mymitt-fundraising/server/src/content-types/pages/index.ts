import fundraisingPage from './fundraising-page/schema.json';
import fundraisingPageUpdate from './fundraising-page-update/schema.json';
import fundraisingTeam from './fundraising-team/schema.json';

/** Personal fundraising pages, their owners' updates and teams (attribution only, FEC-13). */
export default {
  'fundraising-page': { schema: fundraisingPage },
  'fundraising-page-update': { schema: fundraisingPageUpdate },
  'fundraising-team': { schema: fundraisingTeam },
};
