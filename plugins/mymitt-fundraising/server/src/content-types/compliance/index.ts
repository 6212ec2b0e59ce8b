import election from './election/schema.json';
import contributionLimit from './contribution-limit/schema.json';
import fundraisingCampaign from './fundraising-campaign/schema.json';
import lifecycles from './lifecycles';

/** Compliance configuration, edited by finance staff in the content manager (FEC-02). */
export default {
  election: { schema: election, lifecycles: lifecycles.election },
  'contribution-limit': { schema: contributionLimit, lifecycles: lifecycles.contributionLimit },
  'fundraising-campaign': { schema: fundraisingCampaign, lifecycles: lifecycles.fundraisingCampaign },
};
