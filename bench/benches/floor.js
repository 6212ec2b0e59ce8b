'use strict';

/** Baseline: a Strapi route that returns a constant (the cost of Strapi's middleware stack alone). */
module.exports = {
  name: 'floor',
  description: 'GET /api/health (constant body)',
  requests: () => [{ method: 'GET', path: '/api/health' }],
};
