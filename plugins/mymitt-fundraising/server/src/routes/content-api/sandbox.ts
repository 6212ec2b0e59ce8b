import type { FeatureRoute } from '@mymitt/plugin-kit';

/** The offline checkout stand-in: 404 whenever a Stripe key is set or in production (controllers/sandbox). */
export const sandboxRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/sandbox/checkout/:sessionId', handler: 'sandbox.show', access: 'anyone' },
  { method: 'POST', path: '/sandbox/checkout/:sessionId/complete', handler: 'sandbox.complete', access: 'anyone' },
  { method: 'POST', path: '/sandbox/checkout/:sessionId/decline', handler: 'sandbox.decline', access: 'anyone' },
];
