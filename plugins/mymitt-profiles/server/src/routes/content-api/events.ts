import type { FeatureRoute } from '../feature-route';

export const eventsRoutes: FeatureRoute[] = [];
