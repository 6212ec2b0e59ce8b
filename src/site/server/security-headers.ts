/**
 * The site's Content-Security-Policy: scripts and styles only from this origin, no inline script or
 * style (so injected markup can run nothing), API calls to this origin, pages framed only by this
 * origin and the admin's (the content manager's Preview panel frames the site).
 */
export function siteContentSecurityPolicy({ imageSources = [] as string[], frameAncestors = [] as string[] } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob: ${imageSources.join(' ')}`.trim(),
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    `frame-ancestors 'self' ${frameAncestors.join(' ')}`.trim(),
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

export function setSiteHeaders(ctx: { set(name: string, value: string): void }, csp: string) {
  ctx.set('Content-Security-Policy', csp);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  ctx.set('X-Frame-Options', 'SAMEORIGIN');
}
