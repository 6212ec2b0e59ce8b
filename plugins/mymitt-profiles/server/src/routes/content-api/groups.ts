import type { FeatureRoute } from '../feature-route';

export const groupsRoutes: FeatureRoute[] = [];
