'use strict';

// Strapi loads plugin server code as JavaScript only: `npm run build` compiles server/src into dist.
module.exports = require('./dist/server/src/index.js');
