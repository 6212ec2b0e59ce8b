import type { FeatureRoute } from '@mymitt/plugin-kit';
import { ELECTION_LIST } from '../../controllers/compliance/compliance';
import { localeQuery } from '../../validators/form-texts';
import { complianceForm, complianceFormMeta, electionsMeta, upcomingElection } from '../../answers/compliance';

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
];
