import type { Core } from '@strapi/strapi';
import { demoSupporterIds } from './demo-supporters';

const EVENT_UID = 'plugin::mymitt-profiles.event';

/** One event near each demo supporter's ZIP beyond Las Vegas (the profiles plugin's own demo has that one). */
const EVENTS = [
  {
    host: 'James',
    title: 'Phone bank at the Concord office',
    description: 'Call New Hampshire voters before the primary. Phones, scripts and coffee provided.',
    type: 'phone-bank',
    venueName: 'Concord campaign office',
    streetAddress: '45 North Main Street',
    zip: '03301',
    timeZone: 'America/New_York',
  },
  {
    host: 'Aisha',
    title: 'Jobs and the auto industry: meet and greet in Detroit',
    description: 'Coffee with neighbours and a talk about manufacturing jobs in Michigan.',
    type: 'meet-and-greet',
    venueName: 'Eastern Market hall',
    streetAddress: '2934 Russell Street',
    zip: '48201',
    timeZone: 'America/Detroit',
  },
  {
    host: 'Tom',
    title: 'Saturday canvass in Miami',
    description: 'Door knocking in pairs, in English and Spanish. Walk lists and water at the start.',
    type: 'canvass',
    venueName: 'Bayfront Park entrance',
    streetAddress: '301 Biscayne Boulevard',
    zip: '33101',
    timeZone: 'America/New_York',
  },
] as const;

/** The Saturday of the week two weeks from now, as yyyy-mm-dd (local wall time of the event). */
export function saturdayInTwoWeeks(now = new Date()) {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 14));
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

/** Events near the demo supporters' ZIPs, created by the profiles plugin's events service (geocoded, with shifts). */
export async function seedDemoEvents(strapi: Core.Strapi) {
  const byName = await demoSupporterIds(strapi);
  const events = strapi.plugin('mymitt-profiles').service('events');
  let created = 0;
  for (const { host, ...event } of EVENTS) {
    if (!byName[host] || (await strapi.db.query(EVENT_UID).findOne({ where: { title: event.title } }))) continue;
    const day = saturdayInTwoWeeks();
    await events.create(byName[host], {
      ...event,
      shifts: [
        { startsAt: `${day}T10:00`, endsAt: `${day}T13:00`, capacity: 20 },
        { startsAt: `${day}T14:00`, endsAt: `${day}T17:00`, capacity: 20 },
      ],
    });
    created += 1;
  }
  return created;
}
