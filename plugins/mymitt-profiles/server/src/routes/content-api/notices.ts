import type { FeatureRoute } from '@mymitt/plugin-kit';
import { unsubscribeBody, unsubscribeQuery } from '../../validators/notices';
import { unsubscribed } from '../../answers/notices';

/**
 * The unsubscribe link of the campaign's notices: no account, no users-permissions check (the signed token
 * names the address), and no per-IP limit either — mail providers send their users' one-click posts from
 * a handful of addresses, and the token cannot be guessed.
 */
export const noticesRoutes: FeatureRoute[] = [
  {
    method: 'POST',
    path: '/notices/unsubscribe',
    handler: 'notices.unsubscribe',
    query: 'validated',
    access: 'anyone',
    docs: { query: unsubscribeQuery.shape, body: unsubscribeBody, data: unsubscribed },
  },
];
