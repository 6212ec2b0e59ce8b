export { adminOnly, type AdminRoute } from './admin-route';
export { afterCommit } from './after-commit';
export { conflict } from './conflict-error';
export { toStrapiRoute, type FeatureRoute } from './feature-route';
export { withSavepoint } from './savepoint';
export { allowSharedCache } from './shared-cache';
export { createTtlCache } from './ttl-cache';
export { isUniqueViolation } from './unique-violation';
export { isUsStateCode, US_STATE_CODES, US_STATES, type UsStateCode } from './us-states';
