#!/usr/bin/env node
'use strict';
/**
 * Before the browser tests (`npm run test:e2e`): builds the supporter site's browser code into
 * public/site/ with scripts/build-site.js, when that script exists (it arrives with the site, issue 14).
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const script = path.join(__dirname, 'build-site.js');
if (!fs.existsSync(script)) {
  console.log('scripts/build-site.js does not exist yet: no site to build');
  process.exit(0);
}
const result = spawnSync(process.execPath, [script], { stdio: 'inherit', cwd: path.resolve(__dirname, '..') });
process.exit(result.status ?? 1);
