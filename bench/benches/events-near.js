'use strict';
const { loadProfilesData } = require('./profiles-data');

/** Event search by ZIP and radius, sorted by distance, as the "find an event near you" page calls it. */
module.exports = {
  name: 'events-near',
  description: 'GET /api/mymitt-profiles/events?zip=&radius=25 (20k events, 100k supporters)',
  async seed(strapi) {
    const data = await loadProfilesData(strapi);
    return { searchZips: data.searchZips, events: data.events, supporters: data.supporters };
  },
  requests: (seed) => seed.searchZips.map((zip) => ({ method: 'GET', path: `/api/mymitt-profiles/events?zip=${zip}&radius=25` })),
  check: (seed) => `${seed.events} events, ${seed.supporters} supporters loaded; ${seed.searchZips.length} search centres`,
};
