import type { FeatureRoute } from '@mymitt/plugin-kit';
import { ELECTION_LIST } from '../../controllers/compliance/compliance';
import { localeQuery } from '../../validators/form-texts';
import { campaignMeta, complianceForm, complianceFormMeta, electionsMeta, publicCampaign, slugParam, upcomingElection } from '../../answers/compliance';

/** Viewer-independent reads for the donation form (CDN-cacheable), so no users-permissions check. */
export const complianceRoutes: FeatureRoute[] = [
  {
    method: 'GET',
    path: '/elections',
    handler: 'compliance.elections',
    query: 'validated',
    access: 'anyone',
    docs: { listSpec: ELECTION_LIST, meta: electionsMeta, data: upcomingElection },
  },
  {
    method: 'GET',
    path: '/compliance/form',
    handler: 'compliance.form',
    query: 'validated',
    access: 'anyone',
    docs: { query: localeQuery.shape, meta: complianceFormMeta, data: complianceForm },
  },
  // A drive's thermometer for the Action Center's embed block (kind fundraising-campaign, recordId = slug).
  {
    method: 'GET',
    path: '/campaigns/:slug',
    handler: 'campaigns.findBySlug',
    query: 'validated',
    access: 'anyone',
    docs: { params: slugParam, query: localeQuery.shape, meta: campaignMeta, data: publicCampaign },
  },
];
