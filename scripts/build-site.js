#!/usr/bin/env node
'use strict';
/**
 * Builds the supporter site's browser assets (src/site/browser) into public/site/: ES modules split by
 * page enhancer, one stylesheet, every file named by its content hash (served as immutable), a gzip
 * twin of each, and manifest.json naming the entry files for the server renderer.
 * `--watch` rebuilds on change (used by `npm run develop`).
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'public', 'site');
const source = path.join(root, 'src', 'site', 'browser');

const options = {
  entryPoints: { main: path.join(source, 'main.ts'), site: path.join(source, 'styles', 'site.css') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  minify: true,
  sourcemap: true,
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'none',
  platform: 'browser',
  mainFields: ['browser', 'module', 'main'],
  conditions: ['browser', 'import'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

function writeManifest(metafile) {
  const manifest = { scripts: {}, styles: {} };
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint) continue;
    const name = path.basename(file);
    if (file.endsWith('.js')) manifest.scripts[path.basename(output.entryPoint, '.ts')] = name;
    if (file.endsWith('.css')) manifest.styles[path.basename(output.entryPoint, '.css')] = name;
  }
  for (const file of Object.keys(metafile.outputs)) {
    if (!/\.(js|css)$/.test(file)) continue;
    const absolute = path.resolve(root, file);
    fs.writeFileSync(`${absolute}.gz`, zlib.gzipSync(fs.readFileSync(absolute), { level: 9 }));
  }
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

async function main() {
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  if (process.argv.includes('--watch')) {
    const context = await esbuild.context({
      ...options,
      plugins: [{ name: 'manifest', setup: (build) => build.onEnd((result) => { if (result.metafile) writeManifest(result.metafile); }) }],
    });
    await context.watch();
    console.log('site: watching src/site/browser');
    return;
  }
  const result = await esbuild.build(options);
  const manifest = writeManifest(result.metafile);
  console.log(`site: built ${Object.values(manifest.scripts).concat(Object.values(manifest.styles)).join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
