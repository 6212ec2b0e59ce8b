import { createHmac, timingSafeEqual } from 'crypto';
import type { Core } from '@strapi/strapi';

/**
 * A guest has no account to cancel a monthly gift from, so every receipt carries a link with a token:
 * an HMAC of the contribution's documentId under the app's first key (APP_KEYS). It proves the holder
 * received the receipt; it can only cancel that one gift, and cancelling twice changes nothing.
 */
function secret(strapi: Core.Strapi): string {
  const keys = strapi.config.get('server.app.keys') as string[] | undefined;
  if (!keys?.length || !keys[0]) throw new Error('APP_KEYS is not configured');
  return keys[0];
}

export function cancelToken(strapi: Core.Strapi, documentId: string): string {
  return createHmac('sha256', secret(strapi)).update(`cancel-recurring:${documentId}`).digest('base64url');
}

export function isCancelToken(strapi: Core.Strapi, documentId: string, token: string): boolean {
  const expected = Buffer.from(cancelToken(strapi, documentId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
