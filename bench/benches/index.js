'use strict';
/**
 * Bench registry. A bench is { name, description, seed(strapi) → seed, requests(seed) → autocannon
 * requests, check?(strapi-free seed, result, { port }) → string or { ok, text } (ok false fails the run),
 * before?(seed, { port }) → undefined, or why it cannot run (it is then skipped and the run fails) }. `floor` and `core` are the baselines every
 * run measures beside the others (../shared/PERFORMANCE.md).
 */
const BENCHES = {
  floor: require('./floor'),
  core: require('./core'),
  leaderboard: require('./leaderboard'),
  'events-near': require('./events-near'),
  webhook: require('./webhook'),
  page: require('./page'),
  calls: require('./calls'),
  'site-home': require('./site').home,
  'site-fundraise': require('./site').fundraise,
  'store-product': require('./store').product,
  'store-race': require('./store').race,
};

/** Names that stand for several benches, e.g. `npm run bench -- profiles`. */
const GROUPS = {
  profiles: ['events-near', 'leaderboard'],
  fundraising: ['page', 'webhook'],
  callcenter: ['calls'],
  site: ['site-home', 'site-fundraise'],
  store: ['store-product', 'store-race'],
};

const BASELINES = ['floor', 'core'];

function expandNames(names) {
  return [...new Set(names.flatMap((name) => GROUPS[name] ?? [name]))];
}

function loadBenches(names) {
  return names.map((name) => {
    const bench = BENCHES[name];
    if (!bench) throw new Error(`Unknown bench "${name}". Known: ${Object.keys(BENCHES).join(', ')}`);
    return bench;
  });
}

module.exports = { BENCHES, BASELINES, GROUPS, expandNames, loadBenches };
