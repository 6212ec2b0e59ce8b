import fs from 'fs';
import path from 'path';

/** What scripts/build-site.js wrote: logical name → hashed file under /site/. */
export interface AssetManifest {
  scripts: Record<string, string>;
  styles: Record<string, string>;
}

export const ASSET_PREFIX = '/site/';

export function assetDirectory(appRoot: string) {
  return path.join(appRoot, 'public', 'site');
}

/** Reads the manifest once (again on every call in development, where `develop` rebuilds it). */
export function assetManifest(appRoot: string, reread: boolean) {
  let cached: AssetManifest | undefined;
  return (): AssetManifest => {
    if (cached && !reread) return cached;
    const file = path.join(assetDirectory(appRoot), 'manifest.json');
    try {
      cached = JSON.parse(fs.readFileSync(file, 'utf8')) as AssetManifest;
    } catch {
      throw new Error(`The site's assets are not built (${file} is missing): run \`npm run build:site\`.`);
    }
    return cached;
  };
}
