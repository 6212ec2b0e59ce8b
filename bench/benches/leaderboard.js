'use strict';
const { loadProfilesData } = require('./profiles-data');

/** The opt-in leaderboard over the recent window: national and per state, as the site shows them. */
module.exports = {
  name: 'leaderboard',
  description: 'GET /api/mymitt-profiles/leaderboard (national + by state; 100k supporters)',
  async seed(strapi) {
    const data = await loadProfilesData(strapi);
    return { states: data.states.slice(0, 20), supporters: data.supporters, activities: data.activities };
  },
  requests: (seed) => [
    { method: 'GET', path: '/api/mymitt-profiles/leaderboard?limit=25' },
    ...seed.states.map((state) => ({ method: 'GET', path: `/api/mymitt-profiles/leaderboard?state=${state}&limit=25` })),
  ],
  check: (seed) => `${seed.supporters} supporters, ${seed.activities} activity rows loaded`,
};
