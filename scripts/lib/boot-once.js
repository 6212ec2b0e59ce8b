'use strict';
/**
 * Boots the compiled app once on the database its environment names and stops it: the schema is synced
 * and the bootstrap seeds have run. The test suite's global setup uses it to prepare the template each
 * test file's database is copied from (tests/global-setup.js).
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '../..');

createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false })
  .load()
  .then(async (app) => {
    await app.destroy();
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
