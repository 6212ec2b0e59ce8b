import type { FeatureRoute } from '@mymitt/plugin-kit';
import { z } from '@strapi/utils';
import { sandboxOutcome } from '../../answers/donations';

const session = { sessionId: z.string() };

/**
 * The offline checkout stand-in: 404 whenever a Stripe key is set or in production (controllers/sandbox).
 * `show` answers an HTML page; complete/decline answer JSON with Accept: application/json, else HTML.
 */
export const sandboxRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/sandbox/checkout/:sessionId', handler: 'sandbox.show', access: 'anyone', docs: { params: session } },
  {
    method: 'POST',
    path: '/sandbox/checkout/:sessionId/complete',
    handler: 'sandbox.complete',
    access: 'anyone',
    docs: { params: session, data: sandboxOutcome },
  },
  {
    method: 'POST',
    path: '/sandbox/checkout/:sessionId/decline',
    handler: 'sandbox.decline',
    access: 'anyone',
    docs: { params: session, data: sandboxOutcome },
  },
];
