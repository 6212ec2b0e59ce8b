/**
 * Which browser origins may call the API with the supporter's credentials (strapi::cors answers
 * `Access-Control-Allow-Credentials: true`, so an origin on this list can act as the signed-in user).
 */
export interface CorsOriginSettings {
  /** CORS_ORIGINS: comma-separated origins; when set, exactly these. */
  corsOrigins: string;
  /** PUBLIC_URL: the API's own public URL. */
  publicUrl: string;
  /** SITE_URL: the supporter-facing site. */
  siteUrl: string;
  port: number;
  production: boolean;
}

/** `https://act.example.org/path` → `https://act.example.org`; refuses anything that is not an http(s) URL. */
export function originOf(url: string, variable: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${variable}: "${url}" is not a URL (expected scheme://host[:port]).`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`${variable}: "${url}" is not an http(s) origin.`);
  }
  return parsed.origin;
}

function corsOriginList(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (entry === '*' || entry.includes('*')) {
        throw new Error('CORS_ORIGINS: "*" is not allowed: with credentials it would let any site act as a signed-in supporter.');
      }
      const origin = originOf(entry, 'CORS_ORIGINS');
      if (origin !== entry.replace(/\/$/, '')) {
        throw new Error(`CORS_ORIGINS: "${entry}" is not an origin; write ${origin} (no path).`);
      }
      return origin;
    });
}

/**
 * CORS_ORIGINS when set; otherwise the API's own origin (PUBLIC_URL) and the supporter site (SITE_URL),
 * plus http://localhost:<port> and http://127.0.0.1:<port> outside production.
 */
export function allowedCorsOrigins(settings: CorsOriginSettings): string[] {
  const explicit = corsOriginList(settings.corsOrigins);
  if (explicit.length > 0) return [...new Set(explicit)];

  const origins: string[] = [];
  if (settings.publicUrl) origins.push(originOf(settings.publicUrl, 'PUBLIC_URL'));
  if (settings.siteUrl) origins.push(originOf(settings.siteUrl, 'SITE_URL'));
  if (!settings.production) origins.push(`http://localhost:${settings.port}`, `http://127.0.0.1:${settings.port}`);
  return [...new Set(origins)];
}
