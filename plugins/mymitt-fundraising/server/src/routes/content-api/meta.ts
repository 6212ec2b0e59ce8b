import type { FeatureRoute } from '@mymitt/plugin-kit';
import { pluginMeta } from '../../answers/compliance';

export const metaRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/meta', handler: 'meta.show', access: 'public', docs: { data: pluginMeta } },
];
