import { drainOutbox } from '@mymitt/plugin-kit';
import { useStrapi } from '../../helpers/strapi';
import { eventually } from '../../helpers/eventually';
import { bearer } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';

const app = useStrapi();
const API = '/api/mymitt-profiles';
const YEAR = new Date().getUTCFullYear() + 1;
const STREET = '742 Evergreen Terrace';

const RSVPS = 'plugin::mymitt-profiles.event-rsvp';
const SHIFTS = 'plugin::mymitt-profiles.event-shift';

/** A valid POST /events body: a house party in Denver on 5 December next year. */
function aHouseParty(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Debate watch party',
    description: 'Snacks provided. Bring a friend.',
    type: 'house-party',
    timeZone: 'America/Denver',
    venueName: "Pat's living room",
    streetAddress: STREET,
    zip: '80202',
    shifts: [
      { startsAt: `${YEAR}-12-05T18:00`, endsAt: `${YEAR}-12-05T21:00`, capacity: 5 },
      { startsAt: `${YEAR}-12-06T10:00`, endsAt: `${YEAR}-12-06T12:00`, capacity: 2 },
    ],
    ...overrides,
  };
}

async function hostEvent(host: SignedInSupporter, overrides: Record<string, unknown> = {}) {
  const res = await app
    .http()
    .post(`${API}/events`)
    .set(bearer(host.jwt))
    .send({ data: aHouseParty(overrides) });
  expect(res.status).toBe(201);
  return res.body.data;
}

/** The database id of a shift, for checks on the rows (the API names shifts by documentId only). */
const shiftRowId = async (documentId: string) => (await app.strapi.db.query(SHIFTS).findOne({ where: { documentId } })).id as number;

const viewEvent = (documentId: string, who?: SignedInSupporter) => {
  const req = app.http().get(`${API}/events/${documentId}`);
  return who ? req.set(bearer(who.jwt)) : req;
};
const rsvp = (documentId: string, shiftDocumentId: string, who: SignedInSupporter) =>
  app.http().post(`${API}/events/${documentId}/shifts/${shiftDocumentId}/rsvp`).set(bearer(who.jwt)).send({});
const cancelRsvp = (documentId: string, shiftDocumentId: string, who: SignedInSupporter) =>
  app.http().delete(`${API}/events/${documentId}/shifts/${shiftDocumentId}/rsvp`).set(bearer(who.jwt));
const slugOf = async (who: SignedInSupporter) => (await app.http().get(`${API}/profiles/me`).set(bearer(who.jwt))).body.data.slug as string;

async function supporters(count: number, firstName: string) {
  const signedUp: SignedInSupporter[] = [];
  for (let i = 0; i < count; i += 1) signedUp.push(await signUpSupporter(app, { firstName: `${firstName}${i}` }));
  return signedUp;
}

describe('hosting an event', () => {
  it('stores shift times given in the event time zone as UTC and returns both', async () => {
    const host = await signUpSupporter(app, { firstName: 'Hosta', lastName: 'Denver' });
    const event = await hostEvent(host);

    expect(event).toMatchObject({
      title: 'Debate watch party',
      type: 'house-party',
      status: 'published',
      timeZone: 'America/Denver',
      startsAt: `${YEAR}-12-06T01:00:00.000Z`,
      startsAtLocal: `${YEAR}-12-05T18:00:00-07:00`,
      endsAt: `${YEAR}-12-06T19:00:00.000Z`,
      host: { displayName: 'Hosta D.', slug: 'hosta-d' },
      location: {
        city: 'Denver',
        state: 'CO',
        zip: '80202',
        streetAddress: STREET,
        approximatePosition: { latitude: 39.75, longitude: -104.99 },
      },
      viewer: { isHost: true, isCohost: false, canSeeAddress: true, rsvps: [] },
    });
    expect(event.shifts).toEqual([
      expect.objectContaining({
        startsAt: `${YEAR}-12-06T01:00:00.000Z`,
        endsAt: `${YEAR}-12-06T04:00:00.000Z`,
        startsAtLocal: `${YEAR}-12-05T18:00:00-07:00`,
        endsAtLocal: `${YEAR}-12-05T21:00:00-07:00`,
        capacity: 5,
        confirmedCount: 0,
        seatsLeft: 5,
        waitlistCount: 0,
      }),
      expect.objectContaining({ startsAt: `${YEAR}-12-06T17:00:00.000Z`, capacity: 2 }),
    ]);

    expect(event.shifts[0].documentId).toEqual(expect.any(String));
    const shiftRows = await app.strapi.db.query(SHIFTS).findMany({ where: { documentId: event.shifts[0].documentId } });
    expect(new Date(shiftRows[0].startsAt).toISOString()).toBe(`${YEAR}-12-06T01:00:00.000Z`);
    // Published at once (approval is off by default): the host is credited once.
    const hosted = () =>
      app.strapi.db.query('plugin::mymitt-profiles.activity').count({ where: { userId: host.user.id, kind: 'event.hosted' } });
    expect(await eventually(hosted, 1)).toBe(1);
  });

  it('refuses bad bodies with 400 and writes nothing (SEC-02, SEC-05)', async () => {
    const host = await signUpSupporter(app);
    const countBefore = await app.strapi.db.query('plugin::mymitt-profiles.event').count();
    const shift = (startsAt: string, endsAt: string) => [{ startsAt, endsAt, capacity: 5 }];
    const attempts: Array<Record<string, unknown>> = [
      { timeZone: 'Mountain Time' },
      { timeZone: 'Mars/Olympus_Mons' },
      { shifts: shift(`${YEAR}-12-05T21:00`, `${YEAR}-12-05T18:00`) },
      { shifts: shift('2020-01-01T18:00', '2020-01-01T21:00') },
      { shifts: shift(`${YEAR}-12-05T18:00Z`, `${YEAR}-12-05T21:00Z`) },
      { shifts: [] },
      { shifts: [{ startsAt: `${YEAR}-12-05T18:00`, endsAt: `${YEAR}-12-05T21:00`, capacity: 0 }] },
      { shifts: [{ startsAt: `${YEAR}-12-05T18:00`, endsAt: `${YEAR}-12-05T21:00`, capacity: 5, confirmedCount: 5 }] },
      { hostUserId: 1 },
      { status: 'published' },
      { latitude: 40 },
      { city: 'Boston' },
      { featured: true },
      { type: 'rally' },
      { zip: '99999' },
      { description: 'x'.repeat(5001) },
    ];
    for (const overrides of attempts) {
      const res = await app
        .http()
        .post(`${API}/events`)
        .set(bearer(host.jwt))
        .send({ data: aHouseParty(overrides) });
      expect({ overrides, status: res.status }).toEqual({ overrides, status: 400 });
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    }
    expect(await app.strapi.db.query('plugin::mymitt-profiles.event').count()).toBe(countBefore);
  });

  it('is for signed-in supporters only', async () => {
    const res = await app.http().post(`${API}/events`).send({ data: aHouseParty() });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('forbidden');
  });

  it('lets the host and co-hosts edit the details, not the status; others get 403 (SEC-01)', async () => {
    const host = await signUpSupporter(app);
    const cohost = await signUpSupporter(app, { firstName: 'Cohen' });
    const stranger = await signUpSupporter(app);
    const event = await hostEvent(host);
    const url = `${API}/events/${event.documentId}`;
    expect(
      (
        await app
          .http()
          .post(`${url}/cohosts`)
          .set(bearer(host.jwt))
          .send({ data: { profileSlug: await slugOf(cohost) } })
      ).status
    ).toBe(200);

    const edited = await app
      .http()
      .put(url)
      .set(bearer(cohost.jwt))
      .send({ data: { title: 'Town hall watch party', zip: '03301' } });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ title: 'Town hall watch party', location: { city: 'Concord', state: 'NH', zip: '03301' } });

    for (const body of [{ status: 'cancelled' }, { hostUserId: stranger.user.id }, { timeZone: 'UTC' }]) {
      const res = await app.http().put(url).set(bearer(host.jwt)).send({ data: body });
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    const denied = await app
      .http()
      .put(url)
      .set(bearer(stranger.jwt))
      .send({ data: { title: 'Mine now' } });
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      data: null,
      error: {
        status: 403,
        name: 'ForbiddenError',
        message: 'Only the host and co-hosts of this event may do that.',
        details: { code: 'not_event_organizer' },
      },
    });
    expect((await app.http().post(`${url}/cancel`).set(bearer(stranger.jwt)).send({})).body.error.details.code).toBe('not_event_host');
    expect((await app.http().post(`${url}/cancel`).set(bearer(cohost.jwt)).send({})).status).toBe(403);
    expect(
      (
        await app
          .http()
          .post(`${url}/cohosts`)
          .set(bearer(cohost.jwt))
          .send({ data: { profileSlug: await slugOf(stranger) } })
      ).status
    ).toBe(403);
    expect((await viewEvent(event.documentId)).body.data.title).toBe('Town hall watch party');
  });
});

describe('the street address', () => {
  it('is seen by the host, co-hosts and confirmed attendees only; waitlisted, others and the public see city and ZIP (SEC-03)', async () => {
    const host = await signUpSupporter(app);
    const cohost = await signUpSupporter(app, { firstName: 'Coco' });
    const [confirmed, waitlisted, stranger] = await supporters(3, 'Addr');
    const event = await hostEvent(host, {
      streetAddress: '1600 Secret Lane',
      shifts: [{ startsAt: `${YEAR}-12-05T18:00`, endsAt: `${YEAR}-12-05T21:00`, capacity: 1 }],
    });
    const shiftId = event.shifts[0].documentId;
    expect(
      (
        await app
          .http()
          .post(`${API}/events/${event.documentId}/cohosts`)
          .set(bearer(host.jwt))
          .send({ data: { profileSlug: await slugOf(cohost) } })
      ).status
    ).toBe(200);
    expect((await rsvp(event.documentId, shiftId, confirmed)).body.data.status).toBe('confirmed');
    expect((await rsvp(event.documentId, shiftId, waitlisted)).body.data).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    for (const who of [host, cohost, confirmed]) {
      const res = await viewEvent(event.documentId, who);
      expect(res.status).toBe(200);
      expect(res.body.data.location).toMatchObject({ streetAddress: '1600 Secret Lane', city: 'Denver', zip: '80202' });
      expect(res.body.data.viewer.canSeeAddress).toBe(true);
    }
    for (const who of [waitlisted, stranger, undefined]) {
      const res = await viewEvent(event.documentId, who);
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('1600 Secret Lane');
      expect(text).not.toContain('streetAddress');
      expect(text).not.toContain('"position"');
      expect(text).not.toContain('userId');
      expect(res.body.data.location).toEqual({
        venueName: "Pat's living room",
        city: 'Denver',
        state: 'CO',
        zip: '80202',
        approximatePosition: { latitude: 39.75, longitude: -104.99 },
      });
    }
    // Nor does the public listing carry it.
    expect(JSON.stringify((await app.http().get(`${API}/events?zip=80202&radius=5`)).body)).not.toContain('1600 Secret Lane');
  });
});

describe('RSVPs and the waitlist', () => {
  it('20 concurrent RSVPs for 5 seats give 5 confirmed and 15 waitlisted; a cancellation promotes exactly the first in line', async () => {
    const host = await signUpSupporter(app);
    const crowd = await supporters(20, 'Crowd');
    const event = await hostEvent(host, { shifts: [{ startsAt: `${YEAR}-12-05T18:00`, endsAt: `${YEAR}-12-05T21:00`, capacity: 5 }] });
    const shift = event.shifts[0].documentId;
    const shiftId = await shiftRowId(shift);

    const responses = await Promise.all(crowd.map((who) => rsvp(event.documentId, shift, who)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const statuses = responses.map((r) => r.body.data.status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(15);

    const rows = await app.strapi.db.query(RSVPS).findMany({ where: { shiftId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    expect(rows).toHaveLength(20);
    expect(rows.filter((r: any) => r.status === 'confirmed')).toHaveLength(5);
    expect(rows.filter((r: any) => r.status === 'waitlisted')).toHaveLength(15);
    expect((await app.strapi.db.query(SHIFTS).findOne({ where: { id: shiftId } })).confirmedCount).toBe(5);
    // Each RSVP is announced once, after its commit, for its attendee.
    const rsvpActivities = () =>
      app.strapi.db
        .query('plugin::mymitt-profiles.activity')
        .count({ where: { kind: 'event.rsvp', userId: { $in: crowd.map((c) => c.user.id) } } });
    expect(await eventually(rsvpActivities, 20)).toBe(20);

    const firstInLine = rows.find((r: any) => r.status === 'waitlisted');
    const leaving = crowd.find((c) => c.user.id === rows.find((r: any) => r.status === 'confirmed').userId)!;
    const cancelled = await cancelRsvp(event.documentId, shift, leaving);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ rsvp: { status: 'cancelled' }, promotedRsvpDocumentId: firstInLine.documentId });

    const after = await app.strapi.db.query(RSVPS).findMany({ where: { shiftId } });
    expect(after.filter((r: any) => r.status === 'confirmed').map((r: any) => r.id)).toContain(firstInLine.id);
    expect(after.filter((r: any) => r.status === 'confirmed')).toHaveLength(5);
    expect(after.filter((r: any) => r.status === 'waitlisted')).toHaveLength(14);
    expect(after.filter((r: any) => r.status === 'cancelled')).toHaveLength(1);
    expect((await app.strapi.db.query(SHIFTS).findOne({ where: { id: shiftId } })).confirmedCount).toBe(5);

    // The promoted supporter now sees the address; the shift shows it full with 14 waiting.
    const promoted = crowd.find((c) => c.user.id === firstInLine.userId)!;
    const view = await viewEvent(event.documentId, promoted);
    expect(view.body.data.location.streetAddress).toBe(STREET);
    expect(view.body.data.shifts[0]).toMatchObject({ confirmedCount: 5, seatsLeft: 0, waitlistCount: 14 });

    // Coming back joins the end of the waitlist. Its activity source is the supporter's place on the
    // shift, the one recorded already, so cancelling and coming back earns no second point.
    const back = await rsvp(event.documentId, shift, leaving);
    expect(back.body.data).toMatchObject({ status: 'waitlisted', waitlistPosition: 15 });
    const keys = await app.strapi.db
      .query('plugin::mymitt-profiles.activity')
      .findMany({ where: { kind: 'event.rsvp', userId: { $in: crowd.map((c) => c.user.id) } }, select: ['sourceKey'] });
    expect(keys.map((k: any) => k.sourceKey).sort()).toEqual(crowd.map((c) => `event.rsvp:shift-${shiftId}:user-${c.user.id}`).sort());
  });

  it('a second RSVP to the same shift returns the first; a waitlisted cancellation frees no seat; the last seat returns to the pool', async () => {
    const host = await signUpSupporter(app);
    const [ann, bob] = await supporters(2, 'Twice');
    const event = await hostEvent(host, { shifts: [{ startsAt: `${YEAR}-12-05T18:00`, endsAt: `${YEAR}-12-05T21:00`, capacity: 1 }] });
    const shift = event.shifts[0].documentId;
    const shiftId = await shiftRowId(shift);

    const first = await rsvp(event.documentId, shift, ann);
    const again = await rsvp(event.documentId, shift, ann);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.data.documentId).toBe(first.body.data.documentId);
    const twins = await Promise.all([rsvp(event.documentId, shift, bob), rsvp(event.documentId, shift, bob)]);
    expect(twins.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(await app.strapi.db.query(RSVPS).count({ where: { shiftId } })).toBe(2);

    expect((await cancelRsvp(event.documentId, shift, bob)).body.data.promotedRsvpDocumentId).toBeNull();
    expect((await app.strapi.db.query(SHIFTS).findOne({ where: { id: shiftId } })).confirmedCount).toBe(1);
    expect((await cancelRsvp(event.documentId, shift, ann)).body.data.promotedRsvpDocumentId).toBeNull();
    expect((await app.strapi.db.query(SHIFTS).findOne({ where: { id: shiftId } })).confirmedCount).toBe(0);
    const none = await cancelRsvp(event.documentId, shift, ann);
    expect(none.status).toBe(404);
    expect(none.body.error.details.code).toBe('no_rsvp_on_shift');

    // Cancelled RSVPs stay as history; RSVPing again makes a new one.
    expect((await rsvp(event.documentId, shift, ann)).body.data.status).toBe('confirmed');
    expect(await app.strapi.db.query(RSVPS).count({ where: { shiftId } })).toBe(3);
  });

  it('are refused on cancelled events and unknown shifts', async () => {
    const host = await signUpSupporter(app);
    const guest = await signUpSupporter(app);
    const event = await hostEvent(host);
    const other = await hostEvent(host);
    const otherShift = await rsvp(event.documentId, other.shifts[0].documentId, guest);
    expect(otherShift.status).toBe(404);
    expect(otherShift.body.error.details.code).toBe('shift_not_found');
    // A numeric id names no shift: shifts are addressed by documentId.
    const numeric = await rsvp(event.documentId, String(await shiftRowId(event.shifts[0].documentId)), guest);
    expect(numeric.status).toBe(404);
    expect(numeric.body.error.details.code).toBe('shift_not_found');
    const unknownEvent = await rsvp('no-such-event', event.shifts[0].documentId, guest);
    expect(unknownEvent.body.error.details.code).toBe('event_not_found');
    expect((await app.http().post(`${API}/events/${event.documentId}/cancel`).set(bearer(host.jwt)).send({})).body.data.status).toBe(
      'cancelled'
    );
    const refused = await rsvp(event.documentId, event.shifts[0].documentId, guest);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/cancelled/);
    expect(refused.body.error.details).toEqual({ code: 'event_not_open', eventStatus: 'cancelled' });
    expect((await rsvp(event.documentId, event.shifts[0].documentId, guest)).status).toBe(400);
  });
});

describe('attendees and check-in', () => {
  it('the attendee list is for the host and co-hosts; check-in records one event.attended activity', async () => {
    const host = await signUpSupporter(app);
    const cohost = await signUpSupporter(app, { firstName: 'Helper' });
    const [guest, waiting, stranger] = await supporters(3, 'Guest');
    const event = await hostEvent(host, { shifts: [{ startsAt: `${YEAR}-12-05T18:00`, endsAt: `${YEAR}-12-05T21:00`, capacity: 1 }] });
    const shiftId = event.shifts[0].documentId;
    const url = `${API}/events/${event.documentId}`;
    const guestRsvp = (await rsvp(event.documentId, shiftId, guest)).body.data;
    const waitingRsvp = (await rsvp(event.documentId, shiftId, waiting)).body.data;

    for (const who of [guest, stranger]) {
      const res = await app.http().get(`${url}/attendees`).set(bearer(who.jwt));
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        data: null,
        error: { status: 403, name: 'ForbiddenError', details: { code: 'not_event_organizer' } },
      });
    }
    expect((await app.http().get(`${url}/attendees`)).status).toBe(403);

    const list = await app.http().get(`${url}/attendees`).set(bearer(host.jwt));
    expect(list.status).toBe(200);
    expect(list.body.data.shifts).toHaveLength(1);
    expect(list.body.data.shifts[0].attendees).toEqual([
      {
        rsvpDocumentId: guestRsvp.documentId,
        displayName: 'Guest0 D.',
        slug: await slugOf(guest),
        status: 'confirmed',
        checkedInAt: null,
        rsvpedAt: expect.any(String),
      },
      {
        rsvpDocumentId: waitingRsvp.documentId,
        displayName: 'Guest1 D.',
        slug: await slugOf(waiting),
        status: 'waitlisted',
        checkedInAt: null,
        rsvpedAt: expect.any(String),
        waitlistPosition: 1,
      },
    ]);
    expect(JSON.stringify(list.body)).not.toContain(guest.registration.email);

    // A co-host sees the list too and checks people in; the guest can't check themself in.
    expect(
      (
        await app
          .http()
          .post(`${url}/cohosts`)
          .set(bearer(host.jwt))
          .send({ data: { profileSlug: await slugOf(cohost) } })
      ).status
    ).toBe(200);
    expect((await app.http().get(`${url}/attendees`).set(bearer(cohost.jwt))).status).toBe(200);
    const checkIn = (rsvpDocumentId: string, who: SignedInSupporter) =>
      app.http().post(`${url}/rsvps/${rsvpDocumentId}/check-in`).set(bearer(who.jwt)).send({});
    const selfCheckIn = await checkIn(guestRsvp.documentId, guest);
    expect(selfCheckIn.status).toBe(403);
    expect(selfCheckIn.body.error.details.code).toBe('not_event_organizer');
    const notConfirmed = await checkIn(waitingRsvp.documentId, cohost);
    expect(notConfirmed.status).toBe(400);
    expect(notConfirmed.body.error.details).toEqual({ code: 'rsvp_not_confirmed', rsvpStatus: 'waitlisted' });
    expect((await checkIn('no-such-rsvp', cohost)).body.error.details.code).toBe('rsvp_not_found');

    const checkedIn = await checkIn(guestRsvp.documentId, cohost);
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body.data).toMatchObject({
      rsvpDocumentId: guestRsvp.documentId,
      status: 'confirmed',
      checkedInAt: expect.any(String),
    });
    const again = await checkIn(guestRsvp.documentId, host);
    expect(again.body.data.checkedInAt).toBe(checkedIn.body.data.checkedInAt);

    await drainOutbox(app.strapi); // activity rows come through the outbox, after commit
    const attended = await app.strapi.db.query('plugin::mymitt-profiles.activity').findMany({ where: { kind: 'event.attended' } });
    expect(attended.map((a: any) => ({ userId: a.userId, sourceKey: a.sourceKey }))).toEqual([
      { userId: guest.user.id, sourceKey: `event.attended:shift-${await shiftRowId(guestRsvp.shiftDocumentId)}:user-${guest.user.id}` },
    ]);

    // The host removes the co-host, who loses the list.
    expect(
      (
        await app
          .http()
          .delete(`${url}/cohosts/${await slugOf(cohost)}`)
          .set(bearer(host.jwt))
      ).status
    ).toBe(200);
    expect((await app.http().get(`${url}/attendees`).set(bearer(cohost.jwt))).status).toBe(403);
  });

  it('my events lists what I host, co-host and RSVPed to, as a paginated list with filters and sort', async () => {
    const host = await signUpSupporter(app);
    const me = await signUpSupporter(app, { firstName: 'Mine' });
    const dayOf = (day: number) => [{ startsAt: `${YEAR}-12-0${day}T10:00`, endsAt: `${YEAR}-12-0${day}T12:00`, capacity: 5 }];
    await hostEvent(me, { title: 'My own canvass', type: 'canvass', shifts: dayOf(3) });
    const cohosted = await hostEvent(host, { title: 'Their phone bank', type: 'phone-bank', shifts: dayOf(1) });
    const attending = await hostEvent(host, { title: 'Their meet and greet', type: 'meet-and-greet' });
    await hostEvent(host, { title: 'Not mine at all' });
    await app
      .http()
      .post(`${API}/events/${cohosted.documentId}/cohosts`)
      .set(bearer(host.jwt))
      .send({ data: { profileSlug: await slugOf(me) } });
    await rsvp(attending.documentId, attending.shifts[1].documentId, me);
    const mine = (query = '') => app.http().get(`${API}/events/mine${query}`).set(bearer(me.jwt));

    const res = await mine();
    expect(res.status).toBe(200);
    // Soonest first: the phone bank (1 Dec), the canvass (3 Dec), the meet and greet (5 Dec).
    expect(res.body.data.map((e: any) => [e.title, e.myRole])).toEqual([
      ['Their phone bank', 'cohost'],
      ['My own canvass', 'host'],
      ['Their meet and greet', 'attendee'],
    ]);
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 3 });
    expect(res.body.data[2].myRsvps).toEqual([
      expect.objectContaining({
        documentId: expect.any(String),
        status: 'confirmed',
        shift: expect.objectContaining({ documentId: attending.shifts[1].documentId, startsAtLocal: `${YEAR}-12-06T10:00:00-07:00` }),
      }),
    ]);
    expect(res.body.data[0].myRsvps).toEqual([]);
    expect(JSON.stringify(res.body.data)).not.toContain(STREET);

    const hostingOrCohosting = await mine('?filters[myRole][$in][0]=host&filters[myRole][$in][1]=cohost&sort=startsAt:desc');
    expect(hostingOrCohosting.body.data.map((e: any) => e.title)).toEqual(['My own canvass', 'Their phone bank']);
    const second = await mine('?pagination[start]=1&pagination[limit]=1');
    expect(second.body.data.map((e: any) => e.title)).toEqual(['My own canvass']);
    expect(second.body.meta.pagination).toEqual({ start: 1, limit: 1, total: 3 });

    for (const bad of ['?filters[hostUserId]=1', '?sort=hostUserId', '?limit=5']) {
      const refused = await mine(bad);
      expect({ bad, status: refused.status, code: refused.body.error?.details?.code }).toEqual({ bad, status: 400, code: 'invalid_query' });
    }
    expect((await app.http().get(`${API}/events/mine`)).status).toBe(403);
  });
});
