import { createHash, randomBytes, timingSafeEqual } from 'crypto';

/** A guest's order link carries this secret; only its SHA-256 is stored. */
export function newGuestToken() {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashGuestToken(token) };
}

export function hashGuestToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

export function isGuestToken(token: string | undefined, hash: string | null) {
  if (!token || !hash) return false;
  const given = Buffer.from(hashGuestToken(token), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
