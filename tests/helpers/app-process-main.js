'use strict';
/**
 * Runs the compiled app in its own process for tests that need a real process boundary (killing it,
 * running two instances): boots, listens on an ephemeral port of 127.0.0.1, prints `LISTENING <port>`.
 * With MYMITT_TEST_COUNTING_HANDLER set, it also registers the outbox handler `test.count`, which
 * records each delivery (item key and this process's id) in the table `test_outbox_deliveries`.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { registerOutboxHandler } = require('@mymitt/plugin-kit');

const ROOT = path.resolve(__dirname, '../..');

async function main() {
  const strapi = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  if (process.env.MYMITT_TEST_COUNTING_HANDLER) {
    registerOutboxHandler(strapi, 'test.count', async (_payload, item) => {
      // A little work per item, so two instances' claims interleave.
      await new Promise((resolve) => setTimeout(resolve, 2));
      await strapi.db.connection('test_outbox_deliveries').insert({ item_key: item.key, instance: String(process.pid) });
    });
  }
  strapi.server.listen(0, '127.0.0.1', () => {
    console.log(`LISTENING ${strapi.server.httpServer.address().port}`);
  });
  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
