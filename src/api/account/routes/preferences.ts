import { toStrapiRoute, type FeatureRoute } from '@mymitt/plugin-kit';
import { accountPreferences, updatePreferencesBody } from '../validation/preferences';

/**
 * The supporter's own preferences: signed-in supporters only (the Authenticated role's grant is seeded
 * in src/bootstrap/supporter-permissions.ts). The kit's route shape: no query string, `{ data }` bodies,
 * `{ data, meta }` answers, documented in the OpenAPI document from the same schemas.
 */
const routes: FeatureRoute[] = [
  {
    method: 'GET',
    path: '/account/preferences',
    handler: 'api::account.preferences.find',
    access: 'supporter',
    docs: { data: accountPreferences },
  },
  {
    method: 'PUT',
    path: '/account/preferences',
    handler: 'api::account.preferences.update',
    access: 'supporter',
    docs: { body: updatePreferencesBody, data: accountPreferences },
  },
];

export default { type: 'content-api', routes: routes.map(toStrapiRoute) };
