import { createHmac, timingSafeEqual } from 'crypto';
import type { Core } from '@strapi/strapi';
import { ensureOutboxTables, SUPPRESSIONS_TABLE } from '../outbox/tables';

/** An address as the suppression list keys it (case and surrounding space do not make a new address). */
export const emailKey = (email: string) => email.trim().toLowerCase();

function secret(strapi: Core.Strapi): string {
  const keys = strapi.config.get('server.app.keys') as string[] | undefined;
  if (!keys?.length || !keys[0]) throw new Error('APP_KEYS is not configured');
  return keys[0];
}

const signature = (strapi: Core.Strapi, key: string) =>
  createHmac('sha256', secret(strapi)).update(`unsubscribe:${key}`).digest('base64url');

/**
 * The token of a notice's unsubscribe link: the address and an HMAC of it under APP_KEYS[0], so the link
 * works without signing in and can only unsubscribe the address it was sent to.
 */
export function unsubscribeToken(strapi: Core.Strapi, email: string): string {
  const key = emailKey(email);
  return `${Buffer.from(key).toString('base64url')}.${signature(strapi, key)}`;
}

/** The address a token was made for, or null for a token that is not ours. */
export function emailOfUnsubscribeToken(strapi: Core.Strapi, token: string): string | null {
  const [encoded, given, extra] = String(token).split('.');
  if (!encoded || !given || extra !== undefined) return null;
  const key = Buffer.from(encoded, 'base64url').toString('utf8');
  if (!key.includes('@') || emailKey(key) !== key) return null;
  const expected = Buffer.from(signature(strapi, key));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? key : null;
}

/** Adds an address to the list non-transactional notices skip; true when it was not on it yet. */
export async function suppressNotices(strapi: Core.Strapi, email: string): Promise<boolean> {
  await ensureOutboxTables(strapi);
  const inserted = await strapi.db
    .connection(SUPPRESSIONS_TABLE)
    .insert({ email_key: emailKey(email), created_at: Date.now() })
    .onConflict('email_key')
    .ignore()
    .returning('email_key');
  return inserted.length > 0;
}

/** Takes an address off the list (a supporter who opts back in). */
export async function resumeNotices(strapi: Core.Strapi, email: string): Promise<void> {
  await ensureOutboxTables(strapi);
  await strapi.db.connection(SUPPRESSIONS_TABLE).where('email_key', emailKey(email)).delete();
}

export async function isSuppressed(strapi: Core.Strapi, email: string): Promise<boolean> {
  await ensureOutboxTables(strapi);
  const row = await strapi.db.connection(SUPPRESSIONS_TABLE).where('email_key', emailKey(email)).first('email_key');
  return Boolean(row);
}
