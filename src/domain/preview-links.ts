import { createHmac, timingSafeEqual } from 'crypto';

/**
 * Signed draft links for the web team's Preview panel: the content manager asks config/admin.ts for a
 * site URL, the site's /preview page hands its query to `GET /api/pages/:documentId`, and the pages API
 * serves that one draft only when the signature holds. The secret is passed in and `now` too: no env, no clock.
 */

/** How long a preview link works (the admin asks for a fresh one each time the panel opens). */
export const PREVIEW_LINK_SECONDS = 60 * 60;

/** A clock a little ahead of the signer's may still take a link signed just now. */
const CLOCK_SKEW_SECONDS = 60;

export const PREVIEW_STATUSES = ['draft', 'published'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

/** What a link lets its holder read: one document, in one locale, in one status, until `expires`. */
export interface PreviewGrant {
  documentId: string;
  locale: string;
  status: PreviewStatus;
  /** Unix time, seconds. */
  expires: number;
}

export type PreviewCheck = { ok: true } | { ok: false; reason: 'invalid' | 'expired' };

const SIGNATURE = /^[0-9a-f]{64}$/;

/** Fields one per line under a version tag: no two grants sign the same bytes (none of them holds a newline). */
const signedText = ({ documentId, locale, status, expires }: PreviewGrant) =>
  ['mymitt-preview-v1', documentId, locale, status, String(expires)].join('\n');

/** HMAC-SHA256 of the grant under `secret`, lower-case hex. */
export function signPreview(grant: PreviewGrant, secret: string): string {
  return createHmac('sha256', secret).update(signedText(grant)).digest('hex');
}

/**
 * Whether `signature` was made by signPreview for exactly this grant and the link is still valid at
 * `nowSeconds`. A bad signature says only "invalid" (whatever was changed); a good one past its time, "expired".
 * A link claiming to last longer than PREVIEW_LINK_SECONDS was not made here: invalid.
 */
export function verifyPreview(grant: PreviewGrant, signature: string, secret: string, nowSeconds: number): PreviewCheck {
  if (!SIGNATURE.test(signature) || !Number.isSafeInteger(grant.expires)) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(signPreview(grant, secret), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return { ok: false, reason: 'invalid' };
  if (grant.expires - nowSeconds > PREVIEW_LINK_SECONDS + CLOCK_SKEW_SECONDS) return { ok: false, reason: 'invalid' };
  if (grant.expires <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true };
}

/**
 * The site's preview page for one document, valid PREVIEW_LINK_SECONDS from `nowSeconds`:
 * `<siteUrl>/preview?documentId=…&locale=…&status=…&expires=…&signature=…`.
 */
export function previewLink(
  siteUrl: string,
  target: Omit<PreviewGrant, 'expires'>,
  secret: string,
  nowSeconds: number
): string {
  const grant: PreviewGrant = { ...target, expires: nowSeconds + PREVIEW_LINK_SECONDS };
  const query = new URLSearchParams({
    documentId: grant.documentId,
    locale: grant.locale,
    status: grant.status,
    expires: String(grant.expires),
    signature: signPreview(grant, secret),
  });
  return `${siteUrl.replace(/\/+$/, '')}/preview?${query}`;
}

/** Where the site is: SITE_URL, else PUBLIC_URL, else this app on localhost (it serves the site at `/`). */
export function siteUrlOf({ siteUrl, publicUrl, port }: { siteUrl?: string; publicUrl?: string; port: number }): string {
  return (siteUrl || publicUrl || `http://localhost:${port}`).replace(/\/+$/, '');
}
