import type { FeatureRoute } from '@mymitt/plugin-kit';
import { pluginMeta } from '../../validators/answers';

export const metaRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/meta', handler: 'meta.show', access: 'public', docs: { data: pluginMeta } },
];
