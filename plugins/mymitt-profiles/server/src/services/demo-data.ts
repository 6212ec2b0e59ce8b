import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { PROFILE_UID } from './profiles';
import { getService } from '../utils/get-service';

const DEMO_EMAIL = /@demo\.mymitt\.org$/;
const GROUP_NAME = 'Granite State for Mitt';
const POST_TITLE = 'Why I knock on doors on Saturdays';
const EVENT_TITLE = 'House party and phone bank in Las Vegas';

const BIOS: Record<string, string> = {
  Maria: 'Small-business owner in Las Vegas. I host a phone bank every Saturday.',
  James: 'Retired teacher in Concord, NH. First-in-the-nation primary veteran.',
  Aisha: 'Engineer in Detroit; I blog about jobs and the auto industry.',
  Tom: 'Student in Miami and a weekend canvasser.',
};

/**
 * `npm run seed`: the app's demo supporters get public profiles, a group, a house party and a blog
 * post, so the community pages show something at once. Each part is skipped when it exists already.
 */
const demoData = ({ strapi }: { strapi: Core.Strapi }) => ({
  async seed() {
    const users = (await strapi.db.query('plugin::users-permissions.user').findMany({ select: ['id', 'email', 'firstName'] })).filter(
      (u: any) => DEMO_EMAIL.test(u.email)
    );
    const byName = Object.fromEntries(users.map((u: any) => [u.firstName, u.id as number]));
    const report = { profiles: 0, groups: 0, events: 0, posts: 0 };

    for (const user of users) {
      const profile = await strapi.db.query(PROFILE_UID).findOne({ where: { userId: user.id } });
      if (!profile || profile.bio) continue;
      await getService('profiles').updateMine(user.id, { bio: BIOS[user.firstName] ?? null, visibility: 'public', leaderboardOptIn: true });
      report.profiles += 1;
    }

    if (byName.James && !(await strapi.db.query('plugin::mymitt-profiles.group').findOne({ where: { name: GROUP_NAME } }))) {
      const group = await getService('groups').create(byName.James, {
        name: GROUP_NAME,
        description: 'Volunteers across New Hampshire: phone banks, canvasses and sign waves.',
        joinPolicy: 'open',
        zip: '03301',
        interests: ['economy', 'jobs'],
      } as any);
      if (byName.Tom) await getService('group-memberships').join(byName.Tom, (group as any).slug);
      report.groups += 1;
    }

    if (byName.Maria && !(await strapi.db.query('plugin::mymitt-profiles.event').findOne({ where: { title: EVENT_TITLE } }))) {
      const day = DateTime.now().setZone('America/Los_Angeles').plus({ weeks: 1 }).set({ weekday: 6 }).toFormat('yyyy-MM-dd');
      await getService('events').create(byName.Maria, {
        title: EVENT_TITLE,
        description: 'Pizza, phones and a few hundred calls to Nevada voters. Bring a charged cell phone.',
        type: 'house-party',
        venueName: "Maria's place",
        streetAddress: '1200 Fremont Street',
        zip: '89101',
        timeZone: 'America/Los_Angeles',
        shifts: [
          { startsAt: `${day}T10:00`, endsAt: `${day}T13:00`, capacity: 12 },
          { startsAt: `${day}T14:00`, endsAt: `${day}T17:00`, capacity: 12 },
        ],
      });
      report.events += 1;
    }

    if (byName.Aisha && !(await strapi.db.query('plugin::mymitt-profiles.post').findOne({ where: { title: POST_TITLE } }))) {
      const post = await getService('posts').create(byName.Aisha, {
        title: POST_TITLE,
        bodyMarkdown: 'Every Saturday a dozen of us meet at the office and **knock on 400 doors**.\n\nJoin us: [find an event](/events).',
      });
      await getService('posts').publish(byName.Aisha, (post as any).documentId);
      report.posts += 1;
    }
    return report;
  },
});

export default demoData;
