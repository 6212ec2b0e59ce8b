#!/usr/bin/env node
'use strict';
/** `npm run seed`: boots the compiled app on the configured database, adds demo data, and exits. */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const root = path.resolve(__dirname, '..');

async function main() {
  const strapi = createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  try {
    const { seedDemoData } = require(path.join(root, 'dist/src/seed'));
    const report = await seedDemoData(strapi);
    console.log('Demo data ready:');
    for (const [part, value] of Object.entries(report))
      console.log(`  ${part}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
