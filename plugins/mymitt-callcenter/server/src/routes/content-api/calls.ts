import type { FeatureRoute } from '@mymitt/plugin-kit';
import { documentIdParams, emptyBody, resultBody, skipBody } from '../../validators/calls';
import {
  application,
  callerStats,
  offer,
  openBank,
  recordedResult,
  skipped,
  offerMeta,
  currentMeta,
  resultMeta,
} from '../../validators/answers';
import { openBanksList } from '../../validators/lists';

const NEXT_RATE_LIMIT = { name: 'plugin::mymitt-callcenter.next-rate-limit' };
const bank = documentIdParams.shape;

/**
 * The caller loop: signed-in supporters only; a caller only ever sees the contact they hold (TEL-05).
 * Banks are named by documentId.
 * next/result/skip run a few hundred times a second on a call day: their users-permissions check is memoized.
 */
export const callRoutes: FeatureRoute[] = [
  {
    method: 'GET',
    path: '/phone-banks',
    handler: 'calls.openBanks',
    query: 'validated',
    access: 'supporter',
    docs: { listSpec: openBanksList, data: openBank },
  },
  {
    method: 'POST',
    path: '/phone-banks/:documentId/next',
    handler: 'calls.next',
    access: 'supporter',
    auth: 'memoized',
    middlewares: [NEXT_RATE_LIMIT],
    docs: { meta: offerMeta, params: bank, data: offer.nullable() },
  },
  {
    method: 'GET',
    path: '/phone-banks/:documentId/current',
    handler: 'calls.current',
    query: 'validated',
    access: 'supporter',
    docs: { meta: currentMeta, params: bank, data: offer.nullable() },
  },
  {
    method: 'POST',
    path: '/phone-banks/:documentId/result',
    handler: 'calls.result',
    access: 'supporter',
    auth: 'memoized',
    middlewares: [NEXT_RATE_LIMIT],
    docs: { meta: resultMeta, params: bank, body: resultBody, data: recordedResult },
  },
  {
    method: 'POST',
    path: '/phone-banks/:documentId/skip',
    handler: 'calls.skip',
    access: 'supporter',
    auth: 'memoized',
    docs: { params: bank, body: skipBody, data: skipped },
  },
  {
    method: 'POST',
    path: '/phone-banks/:documentId/apply',
    handler: 'calls.apply',
    access: 'supporter',
    docs: { params: bank, body: emptyBody, data: application },
  },
  { method: 'GET', path: '/me/stats', handler: 'calls.myStats', access: 'supporter', docs: { data: callerStats } },
];
