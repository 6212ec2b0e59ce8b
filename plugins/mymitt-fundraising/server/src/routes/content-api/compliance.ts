import type { FeatureRoute } from '@mymitt/plugin-kit';
import { ELECTION_LIST } from '../../controllers/compliance/compliance';
import { localeQuery } from '../../validators/form-texts';
import { complianceForm, upcomingElection } from '../../answers/compliance';
import { listQueryDocs } from '../../utils/list-docs';

/** Viewer-independent reads for the donation form (CDN-cacheable), so no users-permissions check. */
export const complianceRoutes: FeatureRoute[] = [
  {
    method: 'GET',
    path: '/elections',
    handler: 'compliance.elections',
    query: 'validated',
    access: 'anyone',
    docs: { list: true, query: listQueryDocs(ELECTION_LIST), data: upcomingElection },
  },
  {
    method: 'GET',
    path: '/compliance/form',
    handler: 'compliance.form',
    query: 'validated',
    access: 'anyone',
    docs: { query: localeQuery.shape, data: complianceForm },
  },
];
