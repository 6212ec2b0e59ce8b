import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { bearer } from '../../helpers/admins';
import { activeBank, bankWithContacts, callOnce, createList, csvOf, importCsv, manager, phoneOf, setClock } from './helpers';

process.env.AUTH_RATE_LIMIT = 'false';
process.env.CALL_NEXT_RATE_LIMIT_MAX = '10000';

const app = useStrapi();
const STATS = '/api/mymitt-callcenter/me/stats';
const stats = async (who: SignedInSupporter) => {
  const res = await app.http().get(STATS).set(bearer(who.jwt));
  expect(res.status).toBe(200);
  return res.body.data;
};

afterEach(() => setClock(app, null));

describe("a caller's own stats", () => {
  it('counts calls, conversations, calls today and streaks by calendar day in the campaign zone (America/New_York)', async () => {
    setClock(app, new Date('2026-06-10T18:00:00Z'));
    const admin = await manager(app);
    const east = await bankWithContacts(app, admin, 'Stats east', 5000, 20);
    const westList = await createList(app, admin, 'Stats west');
    const westRows = Array.from({ length: 4 }, (_, i) => `West ${i},${phoneOf(5100 + i, '213')},,Beverly Hills,CA,90210,,`);
    await importCsv(app, admin, westList, csvOf('name,phone,street,city,state,zip,tags,external_id', westRows));
    const west = await activeBank(app, admin, westList);
    const caller = await signUpSupporter(app);
    const bystander = await signUpSupporter(app);

    expect(await stats(caller)).toEqual({
      calls: 0,
      conversations: 0,
      callsToday: 0,
      currentStreakDays: 0,
      longestStreakDays: 0,
      timeZone: 'America/New_York',
      today: '2026-06-10',
    });

    await callOnce(app, caller.jwt, east, 'talked'); // June 10
    await callOnce(app, caller.jwt, east, 'no_answer');
    setClock(app, new Date('2026-06-11T18:00:00Z'));
    await callOnce(app, caller.jwt, east, 'busy'); // June 11
    setClock(app, new Date('2026-06-13T18:00:00Z'));
    await callOnce(app, caller.jwt, east, 'refused'); // June 13 (June 12 missed)
    setClock(app, new Date('2026-06-14T18:00:00Z'));
    await callOnce(app, caller.jwt, east, 'machine'); // June 14
    // 03:30 UTC on June 15 is 23:30 on June 14 in New York (and 20:30 in Los Angeles, inside the contact's window).
    setClock(app, new Date('2026-06-15T03:30:00Z'));
    await callOnce(app, caller.jwt, west, 'moved');
    await callOnce(app, bystander.jwt, west, 'talked');

    setClock(app, new Date('2026-06-15T03:45:00Z'));
    expect(await stats(caller)).toMatchObject({
      calls: 6,
      conversations: 2, // talked, refused (no answer, busy, machine and moved did not reach the person)
      callsToday: 2,
      currentStreakDays: 2,
      longestStreakDays: 2,
      today: '2026-06-14',
    });

    // Next day, no call yet: the streak is still alive; a call makes it 3.
    setClock(app, new Date('2026-06-15T16:00:00Z'));
    expect(await stats(caller)).toMatchObject({ callsToday: 0, currentStreakDays: 2, longestStreakDays: 2, today: '2026-06-15' });
    setClock(app, new Date('2026-06-15T18:00:00Z'));
    await callOnce(app, caller.jwt, east, 'talked');
    expect(await stats(caller)).toMatchObject({ calls: 7, conversations: 3, callsToday: 1, currentStreakDays: 3, longestStreakDays: 3 });

    // Two days without a call: the current streak is broken, the longest stays.
    setClock(app, new Date('2026-06-17T16:00:00Z'));
    expect(await stats(caller)).toMatchObject({ calls: 7, callsToday: 0, currentStreakDays: 0, longestStreakDays: 3 });

    // Only one's own numbers: the bystander sees theirs.
    expect(await stats(bystander)).toMatchObject({ calls: 1, conversations: 1, callsToday: 0, currentStreakDays: 0, longestStreakDays: 1 });
  });

  it("there is no way to read another supporter's stats: no parameter is accepted, and signed-out is refused", async () => {
    const caller = await signUpSupporter(app);
    const other = await signUpSupporter(app);
    for (const query of [`userId=${other.user.id}`, `user=${other.user.id}`, `filters[callerUserId]=${other.user.id}`]) {
      const res = await app.http().get(`${STATS}?${query}`).set(bearer(caller.jwt));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    }
    expect((await app.http().get(`/api/mymitt-callcenter/me/${other.user.id}/stats`).set(bearer(caller.jwt))).status).toBe(404);
    expect((await app.http().get(STATS)).status).toBe(403);
  });
});
