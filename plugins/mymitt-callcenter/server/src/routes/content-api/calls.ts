import type { FeatureRoute } from '@mymitt/plugin-kit';

const NEXT_RATE_LIMIT = { name: 'plugin::mymitt-callcenter.next-rate-limit' };

/**
 * The caller loop: signed-in supporters only; a caller only ever sees the contact they hold (TEL-05).
 * Banks are named by documentId.
 * next/result/skip run a few hundred times a second on a call day: their users-permissions check is memoized.
 */
export const callRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/phone-banks', handler: 'calls.openBanks', query: 'validated', access: 'supporter' },
  {
    method: 'POST',
    path: '/phone-banks/:documentId/next',
    handler: 'calls.next',
    access: 'supporter',
    auth: 'memoized',
    middlewares: [NEXT_RATE_LIMIT],
  },
  { method: 'GET', path: '/phone-banks/:documentId/current', handler: 'calls.current', query: 'validated', access: 'supporter' },
  {
    method: 'POST',
    path: '/phone-banks/:documentId/result',
    handler: 'calls.result',
    access: 'supporter',
    auth: 'memoized',
    middlewares: [NEXT_RATE_LIMIT],
  },
  { method: 'POST', path: '/phone-banks/:documentId/skip', handler: 'calls.skip', access: 'supporter', auth: 'memoized' },
  { method: 'POST', path: '/phone-banks/:documentId/apply', handler: 'calls.apply', access: 'supporter' },
  { method: 'GET', path: '/me/stats', handler: 'calls.myStats', access: 'supporter' },
];
