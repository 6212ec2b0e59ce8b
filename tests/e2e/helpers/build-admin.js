#!/usr/bin/env node
/**
 * Builds only Strapi's admin panel bundle into dist/build (what the admin browser tests serve), without
 * `strapi build`'s first step, a full TypeScript compile of the app: `npm run build:app` does that, and a
 * type error elsewhere in the repo must not keep the admin from being built for a local run.
 * `.ci/run` uses `npm run build` (both steps); this is for a developer re-running tests/e2e/admin*.test.ts.
 *
 *   node tests/e2e/helpers/build-admin.js           # into .tmp/e2e-admin/build (ADMIN_BUILD_DIST's build/)
 *
 * It builds into a dist of its own (.tmp/e2e-admin: links to dist/'s compiled app, and build/), so a
 * concurrent test serving dist/build is not emptied for the two minutes the build takes; useSite({ admin })
 * serves dist/build when it is there, else this one.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../../..');
const strapiDist = path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [ROOT] }));
const load = (file) => require(path.join(strapiDist, 'dist', 'src', file));

async function main() {
  const { createLogger } = load('cli/utils/logger.js');
  const { loadTsConfig } = load('cli/utils/tsconfig.js');
  const { createBuildContext } = load('node/create-build-context.js');
  const { writeStaticClientFiles } = load('node/staticFiles.js');
  const { build } = load('node/vite/build.js');

  const logger = createLogger({ debug: false, silent: false, timestamp: false });
  const loaded = loadTsConfig({ cwd: ROOT, path: 'tsconfig.json', logger });
  const own = path.join(ROOT, '.tmp', 'e2e-admin');
  fs.rmSync(own, { recursive: true, force: true });
  fs.mkdirSync(own, { recursive: true });
  const dist = path.join(ROOT, 'dist');
  for (const entry of fs.readdirSync(dist)) if (entry !== 'build') fs.symlinkSync(path.join(dist, entry), path.join(own, entry));
  const tsconfig = { ...loaded, config: { ...loaded.config, options: { ...loaded.config.options, outDir: own } } };
  const started = Date.now();
  const ctx = await createBuildContext({ cwd: ROOT, logger, tsconfig, options: { minify: true, sourcemap: false } });
  await writeStaticClientFiles(ctx);
  await build(ctx);
  logger.info(`admin panel built into ${path.relative(ROOT, ctx.distPath)} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
