'use strict';
/** Drops the template database of tests/global-setup.js. */
module.exports = async () => {
  await globalThis.__MYMITT_TEMPLATE__?.drop();
};
