'use strict';
/**
 * The OpenAPI 3.1 document of the public (content) API, generated from the route definitions by
 * Strapi's own generator (@strapi/openapi) on the compiled app, and written to public/openapi.json,
 * which the app serves at /openapi.json.
 *
 *   npm run openapi            regenerate public/openapi.json (after `npm run build`)
 *   npm run openapi -- --check exit 1 when the committed document differs from the routes
 *
 * The test suite runs the same comparison (tests/app/api/openapi.test.ts), so a route added without
 * regenerating the document fails CI.
 */
const fs = require('fs');
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { createSqliteDatabase } = require('./lib/throwaway-database');
const { openApiDocument, OPENAPI_FILE } = require('./lib/openapi-document');

const ROOT = path.resolve(__dirname, '..');

async function main() {
  const check = process.argv.includes('--check');
  const database = createSqliteDatabase(path.join(ROOT, '.tmp'), 'openapi');
  // An unset variable becomes '' (not deleted): Strapi's dotenv would fill a deleted one from .env.
  for (const [key, value] of Object.entries({ NODE_ENV: 'test', ...database.env })) process.env[key] = value ?? '';
  const strapi = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false });
  strapi.log.level = 'error';
  try {
    await strapi.load();
    const text = openApiDocument(strapi);
    const committed = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
    if (check) {
      if (committed !== text) {
        console.error(`${path.relative(ROOT, OPENAPI_FILE)} does not match the routes: run \`npm run openapi\` and commit it.`);
        process.exitCode = 1;
      } else console.log(`${path.relative(ROOT, OPENAPI_FILE)} matches the routes.`);
    } else {
      fs.writeFileSync(OPENAPI_FILE, text);
      console.log(`wrote ${path.relative(ROOT, OPENAPI_FILE)} (${Object.keys(JSON.parse(text).paths).length} paths)`);
    }
  } finally {
    await strapi.destroy();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
