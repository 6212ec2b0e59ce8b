import { PLUGIN_ID } from '../plugin-id';
import { featureRoutes } from '../routes/content-api';

const action = (handler: string) => `plugin::${PLUGIN_ID}.${handler}`;

/**
 * The content-api actions this plugin grants to users-permissions roles, derived from the routes'
 * `access`. The app seeds them at boot (idempotently); supporters get the public actions too.
 * `anyone` routes bypass users-permissions altogether and need no grant.
 */
const access = () => ({
  publicActions(): string[] {
    return featureRoutes.filter((r) => r.access === 'public').map((r) => action(r.handler));
  },
  supporterActions(): string[] {
    return featureRoutes.filter((r) => r.access !== 'anyone').map((r) => action(r.handler));
  },
});

export default access;
