import {
  PREVIEW_LINK_SECONDS,
  previewLink,
  signPreview,
  siteUrlOf,
  verifyPreview,
  type PreviewGrant,
} from '../../../src/domain/preview-links';

const SECRET = 'q8Jx2mVbN4pLr7TzWc1YhE5sKd9gFa3U';
const NOW = 1_800_000_000;
const grant: PreviewGrant = { documentId: 'abc123def456ghi789jkl012', locale: 'es', status: 'draft', expires: NOW + PREVIEW_LINK_SECONDS };

describe('signed preview links', () => {
  it('signs with HMAC-SHA256 as 64 hex digits, the same for the same grant and secret', () => {
    const signature = signPreview(grant, SECRET);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(signPreview({ ...grant }, SECRET)).toBe(signature);
    expect(signPreview(grant, `${SECRET}x`)).not.toBe(signature);
  });

  it('verifies its own signature until the link expires, then says expired', () => {
    const signature = signPreview(grant, SECRET);
    expect(verifyPreview(grant, signature, SECRET, NOW)).toEqual({ ok: true });
    expect(verifyPreview(grant, signature, SECRET, grant.expires - 1)).toEqual({ ok: true });
    expect(verifyPreview(grant, signature, SECRET, grant.expires)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses the signature for any other document, locale, status, expiry or secret', () => {
    const signature = signPreview(grant, SECRET);
    const others: PreviewGrant[] = [
      { ...grant, documentId: 'zzz123def456ghi789jkl012' },
      { ...grant, locale: 'en' },
      { ...grant, status: 'published' },
      { ...grant, expires: grant.expires + 60 },
    ];
    for (const other of others) expect(verifyPreview(other, signature, SECRET, NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyPreview(grant, signature, 'another-secret-of-32-characters!', NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses malformed signatures without throwing (wrong length, upper case, not hex, empty)', () => {
    const signature = signPreview(grant, SECRET);
    for (const bad of [signature.slice(0, 63), `${signature}0`, signature.toUpperCase(), 'z'.repeat(64), '']) {
      expect(verifyPreview(grant, bad, SECRET, NOW)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(verifyPreview({ ...grant, expires: Number.NaN }, signature, SECRET, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a link that claims to last longer than an hour, even if signed with the secret', () => {
    const longLived = { ...grant, expires: NOW + 24 * 3600 };
    expect(verifyPreview(longLived, signPreview(longLived, SECRET), SECRET, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('builds the site link with every signed field, valid one hour from now', () => {
    const link = new URL(previewLink('https://act.example.org/', { documentId: grant.documentId, locale: 'es', status: 'draft' }, SECRET, NOW));
    expect(`${link.origin}${link.pathname}`).toBe('https://act.example.org/preview');
    const q = Object.fromEntries(link.searchParams);
    expect(q).toEqual({
      documentId: grant.documentId,
      locale: 'es',
      status: 'draft',
      expires: String(NOW + PREVIEW_LINK_SECONDS),
      signature: signPreview(grant, SECRET),
    });
    expect(verifyPreview({ ...grant, expires: Number(q.expires) }, q.signature, SECRET, NOW + 10)).toEqual({ ok: true });
  });

  it('finds the site: SITE_URL, else PUBLIC_URL, else this app on localhost', () => {
    expect(siteUrlOf({ siteUrl: 'https://act.example.org/', publicUrl: 'https://api.example.org', port: 1337 })).toBe('https://act.example.org');
    expect(siteUrlOf({ siteUrl: '', publicUrl: 'https://api.example.org', port: 1337 })).toBe('https://api.example.org');
    expect(siteUrlOf({ siteUrl: '', publicUrl: '', port: 8080 })).toBe('http://localhost:8080');
  });
});
