import type { FeatureRoute } from '../feature-route';

export const blogRoutes: FeatureRoute[] = [];
