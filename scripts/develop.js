#!/usr/bin/env node
'use strict';
/**
 * `npm run develop`: Strapi's develop server plus the site's asset watcher (scripts/build-site.js
 * --watch), so an edit under src/site/browser is rebuilt while the server runs. Server-side site code
 * (src/site/server) is TypeScript of the app: Strapi's own watcher recompiles and restarts for it.
 */
const path = require('path');
const { spawn } = require('child_process');

const root = path.resolve(__dirname, '..');
const watcher = spawn(process.execPath, [path.join(__dirname, 'build-site.js'), '--watch'], { cwd: root, stdio: 'inherit' });
const strapi = spawn(path.join(root, 'node_modules', '.bin', 'strapi'), ['develop', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});

const stop = () => {
  watcher.kill();
  strapi.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
strapi.on('exit', (code) => {
  watcher.kill();
  process.exit(code ?? 0);
});
