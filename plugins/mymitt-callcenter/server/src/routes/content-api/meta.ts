import type { FeatureRoute } from '@mymitt/plugin-kit';

export const metaRoutes: FeatureRoute[] = [{ method: 'GET', path: '/meta', handler: 'meta.show', access: 'public' }];
