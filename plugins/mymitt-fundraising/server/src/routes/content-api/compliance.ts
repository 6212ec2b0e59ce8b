import type { FeatureRoute } from '@mymitt/plugin-kit';

/** Viewer-independent reads for the donation form (CDN-cacheable), so no users-permissions check. */
export const complianceRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/elections', handler: 'compliance.elections', query: 'validated', access: 'anyone' },
  { method: 'GET', path: '/compliance/form', handler: 'compliance.form', access: 'anyone' },
];
