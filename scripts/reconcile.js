#!/usr/bin/env node
'use strict';
/**
 * `npm run reconcile`: boots the compiled app on the configured database, recomputes every money total
 * from the append-only ledger and prints each scope whose cached total drifted. Changes nothing unless
 * `-- --fix` is given (then the drifted totals are rewritten from the ledger). Exit code 2 on drift
 * without --fix, so a cron job can alert on it.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const root = path.resolve(__dirname, '..');
const fix = process.argv.includes('--fix');

async function main() {
  const strapi = createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  try {
    const report = await strapi.plugin('mymitt-fundraising').service('ledger').reconcile({ fix });
    console.log(`Checked ${report.checkedScopes} totals; ${report.drift.length} drifted; ${report.parkedEvents} Stripe events parked.`);
    for (const { scope, expected, actual } of report.drift) {
      console.log(`  ${scope}: ledger ${JSON.stringify(expected)} cached ${JSON.stringify(actual)}`);
    }
    if (report.fixed) console.log('Drifted totals were rewritten from the ledger.');
    return report.drift.length > 0 && !fix ? 2 : 0;
  } finally {
    await strapi.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
