import type { FeatureRoute } from '@mymitt/plugin-kit';

export const complianceRoutes: FeatureRoute[] = [];
