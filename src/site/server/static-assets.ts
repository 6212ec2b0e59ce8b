import fs from 'fs';
import path from 'path';
import { ASSET_PREFIX } from './assets';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves the site's built files: names carry a content hash, so they are cached for a year as
 * immutable; a `.gz` twin written by the build is sent to clients that accept gzip.
 */
export async function serveAsset(ctx: any, directory: string): Promise<boolean> {
  const name = ctx.path.slice(ASSET_PREFIX.length);
  if (!/^[A-Za-z0-9._-]+$/.test(name) || name === 'manifest.json' || name.endsWith('.gz')) return false;
  const file = path.join(directory, name);
  const type = TYPES[path.extname(name)];
  if (!type) return false;
  const acceptsGzip = /\bgzip\b/.test(ctx.get('Accept-Encoding'));
  const candidates = acceptsGzip ? [`${file}.gz`, file] : [file];
  for (const candidate of candidates) {
    const stat = await fs.promises.stat(candidate).catch(() => null);
    if (!stat?.isFile()) continue;
    ctx.status = 200;
    ctx.type = type;
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.vary('Accept-Encoding');
    if (candidate.endsWith('.gz')) ctx.set('Content-Encoding', 'gzip');
    ctx.length = stat.size;
    ctx.body = ctx.method === 'HEAD' ? null : fs.createReadStream(candidate);
    return true;
  }
  return false;
}
