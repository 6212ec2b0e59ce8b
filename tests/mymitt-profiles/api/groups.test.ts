import { drainOutbox } from '@mymitt/plugin-kit';
import { useStrapi } from '../../helpers/strapi';
import { eventually } from '../../helpers/eventually';
import { bearer } from '../../helpers/admins';
import { signUpSupporter } from '../../helpers/supporters';

const app = useStrapi();
const API = '/api/mymitt-profiles';
const MEMBERSHIP_UID = 'plugin::mymitt-profiles.group-membership';
const GROUP_UID = 'plugin::mymitt-profiles.group';

const PRIVATE_KEYS = [
  'email',
  'phone',
  'streetAddress',
  'zip',
  'latitude',
  'longitude',
  'userId',
  'ownerUserId',
  'interestTags',
  'password',
];

function expectNoPrivateFields(body: unknown) {
  const text = JSON.stringify(body);
  for (const key of PRIVATE_KEYS) expect(text).not.toContain(`"${key}"`);
}

interface Supporter {
  jwt: string;
  userId: number;
  slug: string;
  displayName: string;
}

async function aSupporter(firstName = 'Pat', zip = '03301'): Promise<Supporter> {
  const signedUp = await signUpSupporter(app, { firstName, zip });
  const me = await app.http().get(`${API}/profiles/me`).set(bearer(signedUp.jwt));
  return { jwt: signedUp.jwt, userId: signedUp.user.id, slug: me.body.data.slug, displayName: me.body.data.displayName };
}

const as = (who: Supporter) => bearer(who.jwt);

async function startGroup(owner: Supporter, body: Record<string, unknown>) {
  const res = await app.http().post(`${API}/groups`).set(as(owner)).send({ data: body });
  expect(res.status).toBe(201);
  return res.body.data as { slug: string; memberCount: number; [key: string]: unknown };
}

const join = (who: Supporter, slug: string) => app.http().post(`${API}/groups/${slug}/join`).set(as(who)).send({});
const leave = (who: Supporter, slug: string) => app.http().post(`${API}/groups/${slug}/leave`).set(as(who)).send({});
const memberCount = async (slug: string) => (await app.http().get(`${API}/groups/${slug}`)).body.data.memberCount;

/** group.joined events as the activity log hears them (our listener runs after the activity recorder). */
const joinedEvents: Array<{ sourceId: number; userId: number }> = [];
beforeAll(() => {
  app.strapi.eventHub.on('mymitt.group.joined', async (payload: any) => {
    joinedEvents.push(payload);
  });
});

/** The supporter's group.joined activity rows, once the outbox has delivered what is due (activity comes after commit). */
const joinedActivities = async (userId: number) => {
  await drainOutbox(app.strapi);
  return app.strapi.db.query('plugin::mymitt-profiles.activity').count({ where: { userId, kind: 'group.joined' } });
};

describe('starting a group', () => {
  it('makes the supporter its active owner, with a slug, city and state from the ZIP, and no join activity', async () => {
    const owner = await aSupporter('Ann');
    const group = await startGroup(owner, {
      name: 'Concord Moms for Mitt',
      description: 'Coffee and canvassing.',
      joinPolicy: 'approval',
      zip: '03301',
      interests: ['economy', 'jobs', 'economy'],
    });
    expect(group).toMatchObject({
      slug: 'concord-moms-for-mitt',
      name: 'Concord Moms for Mitt',
      description: 'Coffee and canvassing.',
      joinPolicy: 'approval',
      city: 'Concord',
      state: 'NH',
      zip: '03301',
      interests: ['economy', 'jobs'],
      memberCount: 1,
      owner: { displayName: owner.displayName, slug: owner.slug },
      membership: { role: 'owner', status: 'active' },
    });
    expect(await app.strapi.db.query(MEMBERSHIP_UID).count({ where: { userId: owner.userId } })).toBe(1);

    // The public sees the group but neither the ZIP nor any owner id (SEC-03).
    const pub = await app.http().get(`${API}/groups/${group.slug}`);
    expect(pub.status).toBe(200);
    expect(pub.body.data).toMatchObject({ name: 'Concord Moms for Mitt', state: 'NH', memberCount: 1, membership: null });
    expectNoPrivateFields(pub.body);
    expect((await app.http().get(`${API}/groups/${group.slug}?populate=*`)).status).toBe(400);

    // A second group of the same name gets its own slug.
    const twin = await startGroup(owner, { name: 'Concord Moms for Mitt' });
    expect(twin).toMatchObject({ slug: 'concord-moms-for-mitt-2', joinPolicy: 'open', state: null, interests: [] });
    expect(await joinedActivities(owner.userId)).toBe(0);
  });

  it('refuses forbidden fields and bad values with 400, writing nothing (SEC-02)', async () => {
    const owner = await aSupporter();
    const valid = { name: 'Valid Group Name' };
    const attempts = [
      { ...valid, ownerUserId: 1 },
      { ...valid, memberCount: 100 },
      { ...valid, role: 'owner' },
      { ...valid, slug: 'chosen' },
      { ...valid, status: 'active' },
      { name: 'ab' },
      { name: 'x'.repeat(81) },
      {},
      { ...valid, joinPolicy: 'invite' },
      { ...valid, state: 'XX' },
      { ...valid, interests: ['crypto'] },
      { ...valid, zip: 'abcde' },
      { ...valid, zip: '99999' },
      { ...valid, zip: '03301', state: 'MA' },
      { ...valid, description: 'd'.repeat(2001) },
    ];
    for (const body of attempts) {
      const res = await app.http().post(`${API}/groups`).set(as(owner)).send({ data: body });
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    }
    expect(await app.strapi.db.query(GROUP_UID).count({ where: { ownerUserId: owner.userId } })).toBe(0);
    expect((await app.http().post(`${API}/groups`).send({ data: valid })).status).toBe(403);
  });
});

describe('an open group', () => {
  it('admits at once; joining twice is harmless; leaving and rejoining keeps one membership and one activity', async () => {
    const owner = await aSupporter('Owen');
    const joiner = await aSupporter('Jo');
    const { slug } = await startGroup(owner, { name: 'Open Door Volunteers' });

    const first = await join(joiner, slug);
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ role: 'member', status: 'active' });
    expect((await join(joiner, slug)).body.data).toMatchObject({ role: 'member', status: 'active' });
    expect(await memberCount(slug)).toBe(2);
    expect(await eventually(async () => joinedEvents.some((e) => e.userId === joiner.userId), true)).toBe(true);
    expect(await joinedActivities(joiner.userId)).toBe(1);

    const left = await leave(joiner, slug);
    expect(left.status).toBe(200);
    expect(left.body.data).toMatchObject({ status: 'left' });
    expect(await memberCount(slug)).toBe(1);
    expect((await leave(joiner, slug)).status).toBe(409);

    expect((await join(joiner, slug)).body.data).toMatchObject({ status: 'active' });
    expect(await memberCount(slug)).toBe(2);
    expect(await eventually(async () => joinedEvents.filter((e) => e.userId === joiner.userId).length === 2, true)).toBe(true);
    const rows = await app.strapi.db.query(MEMBERSHIP_UID).findMany({ where: { userId: joiner.userId } });
    expect(rows).toHaveLength(1);
    expect(joinedEvents.filter((e) => e.userId === joiner.userId).map((e) => e.sourceId)).toEqual([rows[0].id, rows[0].id]);
    expect(await joinedActivities(joiner.userId)).toBe(1);

    const mine = await app.http().get(`${API}/groups/mine`).set(as(joiner));
    expect(mine.status).toBe(200);
    expect(mine.body.data).toEqual([
      expect.objectContaining({ slug, membership: expect.objectContaining({ role: 'member', status: 'active' }) }),
    ]);
    expect(mine.body.meta.pagination).toEqual({ page: 1, pageSize: 25, total: 1, pageCount: 1 });
  });

  it('makes one membership of concurrent joins by the same supporter', async () => {
    const owner = await aSupporter();
    const joiner = await aSupporter();
    const { slug } = await startGroup(owner, { name: 'Rush Hour Club' });

    const results = await Promise.all(Array.from({ length: 5 }, () => join(joiner, slug)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await app.strapi.db.query(MEMBERSHIP_UID).count({ where: { userId: joiner.userId } })).toBe(1);
    expect(await memberCount(slug)).toBe(2);
    expect(await eventually(async () => joinedEvents.some((e) => e.userId === joiner.userId), true)).toBe(true);
    expect(await joinedActivities(joiner.userId)).toBe(1);
  });

  it('refuses a body on join and an unknown group', async () => {
    const owner = await aSupporter();
    const { slug } = await startGroup(owner, { name: 'Body Check Group' });
    const res = await app
      .http()
      .post(`${API}/groups/${slug}/join`)
      .set(as(owner))
      .send({ data: { role: 'organizer' } });
    expect(res.status).toBe(400);
    const unknown = await join(owner, 'no-such-group');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details.code).toBe('group_not_found');
    expect((await app.http().post(`${API}/groups/${slug}/join`).send({})).status).toBe(403);
    const withQuery = await app.http().get(`${API}/groups/${slug}?populate=*`);
    expect(withQuery.status).toBe(400);
    expect(withQuery.body.error.details.code).toBe('invalid_query');
  });
});

describe('an approval group', () => {
  let owner: Supporter;
  let organizer: Supporter;
  let member: Supporter;
  let outsider: Supporter;
  let slug: string;

  beforeAll(async () => {
    owner = await aSupporter('Olive');
    organizer = await aSupporter('Orson');
    member = await aSupporter('Mel');
    outsider = await aSupporter('Otto');
    ({ slug } = await startGroup(owner, { name: 'Granite State Veterans', joinPolicy: 'approval', state: 'NH', city: 'Manchester' }));

    for (const supporter of [organizer, member]) {
      expect((await join(supporter, slug)).body.data).toMatchObject({ status: 'pending' });
      const approved = await app.http().post(`${API}/groups/${slug}/requests/${supporter.slug}/approve`).set(as(owner)).send({});
      expect(approved.status).toBe(200);
    }
    const promoted = await app
      .http()
      .put(`${API}/groups/${slug}/members/${organizer.slug}`)
      .set(as(owner))
      .send({ data: { role: 'organizer' } });
    expect(promoted.status).toBe(200);
    expect(promoted.body.data).toEqual({ displayName: organizer.displayName, slug: organizer.slug, role: 'organizer' });
  });

  it('records a request, which an organizer approves; the count moves only then', async () => {
    const applicant = await aSupporter('Abe');
    const pending = await join(applicant, slug);
    expect(pending.body.data).toMatchObject({ role: 'member', status: 'pending' });
    expect(await memberCount(slug)).toBe(3);
    expect(await joinedActivities(applicant.userId)).toBe(0);

    const requests = await app.http().get(`${API}/groups/${slug}/requests`).set(as(organizer));
    expect(requests.status).toBe(200);
    const mine = await app.http().get(`${API}/groups/mine?filters[status][$eq]=pending&sort=requestedAt:desc`).set(as(applicant));
    expect(mine.body.data).toEqual([expect.objectContaining({ slug, membership: expect.objectContaining({ status: 'pending' }) })]);
    expect(mine.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 1 });
    const activeOnly = await app.http().get(`${API}/groups/mine?filters[status]=active`).set(as(applicant));
    expect(activeOnly.body.data).toEqual([]);
    expect((await app.http().get(`${API}/groups/mine?filters[status]=left`).set(as(applicant))).body.error.details.code).toBe(
      'invalid_query'
    );
    expect(requests.body.data).toEqual([
      { displayName: applicant.displayName, slug: applicant.slug, role: 'member', requestedAt: expect.any(String) },
    ]);

    const approved = await app.http().post(`${API}/groups/${slug}/requests/${applicant.slug}/approve`).set(as(organizer)).send({});
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ status: 'active' });
    expect(await memberCount(slug)).toBe(4);
    expect(await eventually(async () => joinedEvents.some((e) => e.userId === applicant.userId), true)).toBe(true);
    expect(await joinedActivities(applicant.userId)).toBe(1);

    const again = await app.http().post(`${API}/groups/${slug}/requests/${applicant.slug}/approve`).set(as(organizer)).send({});
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ status: 409, name: 'ConflictError', details: { code: 'no_pending_request' } });
    expect((await leave(applicant, slug)).status).toBe(200);
  });

  it('lets an organizer reject a request; the row stays, marked rejected', async () => {
    const applicant = await aSupporter('Rita');
    await join(applicant, slug);
    const rejected = await app.http().post(`${API}/groups/${slug}/requests/${applicant.slug}/reject`).set(as(organizer)).send({});
    expect(rejected.status).toBe(200);
    expect(rejected.body.data).toMatchObject({ status: 'rejected' });
    expect(await app.strapi.db.query(MEMBERSHIP_UID).findOne({ where: { userId: applicant.userId } })).toMatchObject({
      status: 'rejected',
    });
    const view = await app.http().get(`${API}/groups/${slug}`).set(as(applicant));
    expect(view.body.data.membership).toMatchObject({ status: 'rejected' });
    expect((await app.http().get(`${API}/groups/${slug}/members`).set(as(applicant))).status).toBe(403);
    expect(await memberCount(slug)).toBe(3);
  });

  it('refuses organizer actions to a plain member and to outsiders with 403 (SEC-01)', async () => {
    const applicant = await aSupporter('Pete');
    await join(applicant, slug);
    for (const who of [member, outsider]) {
      const approve = await app.http().post(`${API}/groups/${slug}/requests/${applicant.slug}/approve`).set(as(who)).send({});
      expect(approve.status).toBe(403);
      expect(approve.body).toMatchObject({
        data: null,
        error: { status: 403, name: 'ForbiddenError', details: { code: 'not_group_organizer' } },
      });
      expect((await app.http().post(`${API}/groups/${slug}/requests/${applicant.slug}/reject`).set(as(who)).send({})).status).toBe(403);
      expect((await app.http().get(`${API}/groups/${slug}/requests`).set(as(who))).status).toBe(403);
      const post = await app
        .http()
        .post(`${API}/groups/${slug}/announcements`)
        .set(as(who))
        .send({ data: { title: 'Hi all', body: 'x' } });
      expect(post.status).toBe(403);
      expect(
        (
          await app
            .http()
            .put(`${API}/groups/${slug}`)
            .set(as(who))
            .send({ data: { description: 'mine now' } })
        ).status
      ).toBe(403);
      expect(
        (
          await app
            .http()
            .put(`${API}/groups/${slug}/members/${applicant.slug}`)
            .set(as(who))
            .send({ data: { role: 'organizer' } })
        ).status
      ).toBe(403);
    }
    // An organizer runs the group but does not hand out roles.
    expect(
      (
        await app
          .http()
          .put(`${API}/groups/${slug}/members/${member.slug}`)
          .set(as(organizer))
          .send({ data: { role: 'organizer' } })
      ).status
    ).toBe(403);
    expect((await app.strapi.db.query(MEMBERSHIP_UID).findOne({ where: { userId: applicant.userId } })).status).toBe('pending');
    await leave(applicant, slug);
  });

  it('shows the member list to active members only, with public names and roles', async () => {
    const list = await app.http().get(`${API}/groups/${slug}/members`).set(as(member));
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([
      { displayName: owner.displayName, slug: owner.slug, role: 'owner', joinedAt: expect.any(String) },
      { displayName: organizer.displayName, slug: organizer.slug, role: 'organizer', joinedAt: expect.any(String) },
      { displayName: member.displayName, slug: member.slug, role: 'member', joinedAt: expect.any(String) },
    ]);
    expect(list.body.meta.pagination).toEqual({ page: 1, pageSize: 25, total: 3, pageCount: 1 });
    expectNoPrivateFields(list.body);

    const outside = await app.http().get(`${API}/groups/${slug}/members`).set(as(outsider));
    expect(outside.status).toBe(403);
    expect(outside.body.error.details.code).toBe('members_only');
    expect((await app.http().get(`${API}/groups/${slug}/members`)).status).toBe(403);
    expect((await app.http().get(`${API}/groups/${slug}/members?page=0`).set(as(member))).status).toBe(400);
    for (const bad of ['sort=userId', 'filters[userId]=1', 'filters[role][$eq]=admin', 'pagination[pageSize]=0']) {
      const refused = await app.http().get(`${API}/groups/${slug}/members?${bad}`).set(as(member));
      expect({ bad, status: refused.status, code: refused.body.error.details.code }).toEqual({ bad, status: 400, code: 'invalid_query' });
    }

    // Strapi list parameters: a role filter, a sort, pagination by start and limit.
    const members = (query: string) => app.http().get(`${API}/groups/${slug}/members?${query}`).set(as(member));
    const staff = await members('filters[role][$in][0]=owner&filters[role][$in][1]=organizer&sort=role:desc');
    expect(staff.body.data.map((m: any) => m.role)).toEqual(['organizer', 'owner']);
    expect(staff.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 2 });
    const byName = await members('sort=displayName:desc&pagination[start]=1&pagination[limit]=1');
    const names = [owner, organizer, member].map((s) => s.displayName).sort();
    expect(byName.body.data.map((m: any) => m.displayName)).toEqual([names[1]]);
    expect(byName.body.meta.pagination).toEqual({ start: 1, limit: 1, total: 3 });
  });

  it('lets organizers post announcements that members read', async () => {
    const posted = await app
      .http()
      .post(`${API}/groups/${slug}/announcements`)
      .set(as(organizer))
      .send({ data: { title: 'Phone bank Tuesday', body: 'Bring a charger. <b>Not bold</b>' } });
    expect(posted.status).toBe(201);
    expect(posted.body.data).toEqual({
      documentId: expect.any(String),
      title: 'Phone bank Tuesday',
      body: 'Bring a charger. <b>Not bold</b>',
      createdAt: expect.any(String),
      author: { displayName: organizer.displayName, slug: organizer.slug },
    });

    for (const body of [{ title: 'Hi', body: 'x' }, { title: 'Hello there' }, { title: 'Hello there', body: 'x', pinned: true }]) {
      expect((await app.http().post(`${API}/groups/${slug}/announcements`).set(as(owner)).send({ data: body })).status).toBe(400);
    }

    const list = await app.http().get(`${API}/groups/${slug}/announcements`).set(as(member));
    expect(list.status).toBe(200);
    expect(list.body.data.map((a: any) => a.title)).toEqual(['Phone bank Tuesday']);
    expectNoPrivateFields(list.body);
    const outside = await app.http().get(`${API}/groups/${slug}/announcements`).set(as(outsider));
    expect(outside.status).toBe(403);
    expect(outside.body.error.details.code).toBe('members_only');

    await app
      .http()
      .post(`${API}/groups/${slug}/announcements`)
      .set(as(owner))
      .send({ data: { title: 'Canvass Saturday', body: 'Meet at the library.' } });
    const announcements = (query: string) => app.http().get(`${API}/groups/${slug}/announcements?${query}`).set(as(member));
    expect((await announcements('')).body.data.map((a: any) => a.title)).toEqual(['Canvass Saturday', 'Phone bank Tuesday']);
    expect((await announcements('sort=title:desc')).body.data.map((a: any) => a.title)).toEqual(['Phone bank Tuesday', 'Canvass Saturday']);
    const filtered = await announcements('filters[title][$containsi]=PHONE&pagination[pageSize]=1');
    expect(filtered.body.data.map((a: any) => a.title)).toEqual(['Phone bank Tuesday']);
    expect(filtered.body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 1, total: 1 });
    expect((await announcements('filters[authorUserId]=1')).body.error.details.code).toBe('invalid_query');
  });

  it('lets organizers edit allow-listed fields only', async () => {
    const edited = await app
      .http()
      .put(`${API}/groups/${slug}`)
      .set(as(organizer))
      .send({ data: { description: 'Semper fi.', interests: ['veterans'] } });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ slug, description: 'Semper fi.', interests: ['veterans'], state: 'NH', city: 'Manchester' });
    for (const body of [{ memberCount: 1 }, { ownerUserId: outsider.userId }, { slug: 'taken-over' }, {}, { joinPolicy: 'closed' }]) {
      expect((await app.http().put(`${API}/groups/${slug}`).set(as(owner)).send({ data: body })).status).toBe(400);
    }
    expect(await memberCount(slug)).toBe(3);
  });
});

describe('ownership', () => {
  it('the owner cannot leave while others remain; after handing over, the old owner is an organizer and may leave', async () => {
    const owner = await aSupporter('Otis');
    const heir = await aSupporter('Hal');
    const { slug } = await startGroup(owner, { name: 'Hand Over Society' });
    await join(heir, slug);

    const refused = await leave(owner, slug);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      data: null,
      error: { status: 409, name: 'ConflictError', details: { code: 'owner_must_hand_over', memberCount: 2 } },
    });
    expect(refused.body.error.message).toMatch(/owner cannot leave/i);

    for (const body of [{ role: 'admin' }, { role: 'owner', force: true }, {}]) {
      expect((await app.http().put(`${API}/groups/${slug}/members/${heir.slug}`).set(as(owner)).send({ data: body })).status).toBe(400);
    }
    expect(
      (
        await app
          .http()
          .put(`${API}/groups/${slug}/members/${owner.slug}`)
          .set(as(owner))
          .send({ data: { role: 'member' } })
      ).status
    ).toBe(409);

    const handedOver = await app
      .http()
      .put(`${API}/groups/${slug}/members/${heir.slug}`)
      .set(as(owner))
      .send({ data: { role: 'owner' } });
    expect(handedOver.status).toBe(200);
    expect(handedOver.body.data).toEqual({ displayName: heir.displayName, slug: heir.slug, role: 'owner' });

    const group = await app.http().get(`${API}/groups/${slug}`).set(as(owner));
    expect(group.body.data).toMatchObject({ owner: { slug: heir.slug }, membership: { role: 'organizer', status: 'active' } });
    expect(await app.strapi.db.query(GROUP_UID).findOne({ where: { slug } })).toMatchObject({ ownerUserId: heir.userId });

    expect((await leave(owner, slug)).status).toBe(200);
    expect(await memberCount(slug)).toBe(1);
    // Rejoining does not restore organizer powers.
    expect((await join(owner, slug)).body.data).toMatchObject({ role: 'member', status: 'active' });
    expect(await eventually(async () => joinedEvents.filter((e) => e.userId === owner.userId).length === 1, true)).toBe(true);
  });

  it('an owner alone may leave; the group stays theirs and rejoining makes them owner again', async () => {
    const owner = await aSupporter();
    const { slug } = await startGroup(owner, { name: 'Solo Flight', joinPolicy: 'approval' });
    expect((await leave(owner, slug)).status).toBe(200);
    expect(await memberCount(slug)).toBe(0);
    expect((await join(owner, slug)).body.data).toMatchObject({ role: 'owner', status: 'active' });
    expect(await memberCount(slug)).toBe(1);
  });

  it('shows the owner by name only when their profile is private', async () => {
    const owner = await aSupporter('Priv');
    expect(
      (
        await app
          .http()
          .put(`${API}/profiles/me`)
          .set(as(owner))
          .send({ data: { visibility: 'private' } })
      ).status
    ).toBe(200);
    const { slug } = await startGroup(owner, { name: 'Quiet Leaders' });
    const pub = await app.http().get(`${API}/groups/${slug}`);
    expect(pub.body.data.owner).toEqual({ displayName: owner.displayName, slug: null });
  });
});

describe('search', () => {
  let big: string;
  let small: string;
  let iowa: string;

  beforeAll(async () => {
    // One after another: concurrent sign-ups with the same name race for a profile slug (see report).
    const [a, b, c, d] = [await aSupporter(), await aSupporter(), await aSupporter(), await aSupporter()];
    small = (await startGroup(a, { name: 'Hawkeye Alpha Team', state: 'IA', interests: ['taxes'] })).slug;
    big = (await startGroup(b, { name: 'Hawkeye Beta Team', zip: '50309', interests: ['taxes', 'energy'] })).slug;
    iowa = (await startGroup(c, { name: 'Des Moines Small Business', zip: '50309', interests: ['small-business'] })).slug;
    await join(c, big);
    await join(d, big);
    expect(await eventually(async () => joinedEvents.some((e) => e.userId === d.userId), true)).toBe(true);
  });

  const search = (query: string) => app.http().get(`${API}/groups?${query}`);

  it('finds groups by name in any case, biggest first, then by name', async () => {
    const res = await search('q=hAwKeYe');
    expect(res.status).toBe(200);
    expect(res.body.data.map((g: any) => g.slug)).toEqual([big, small]);
    expect(res.body.data[0]).toMatchObject({ name: 'Hawkeye Beta Team', memberCount: 3, state: 'IA', city: 'Des Moines' });
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 25, total: 2, pageCount: 1 });
    expectNoPrivateFields(res.body);

    const paged = await search('q=hawkeye&pageSize=1&page=2');
    expect(paged.headers.deprecation).toBe('true');
    expect(paged.body.data.map((g: any) => g.slug)).toEqual([small]);
    expect(paged.body.meta.pagination).toEqual({ page: 2, pageSize: 1, total: 2, pageCount: 2 });
    expect((await search('q=100%25')).body.data).toEqual([]);
  });

  it('takes Strapi list parameters: filters on name, state and interests, sort, pagination', async () => {
    const hawkeye = 'filters[name][$containsi]=hAwKeYe';
    const res = await search(`${hawkeye}&pagination[page]=2&pagination[pageSize]=1`);
    expect(res.headers.deprecation).toBeUndefined();
    expect(res.body.data.map((g: any) => g.slug)).toEqual([small]);
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
    expect((await search(`${hawkeye}&sort=name:desc`)).body.data.map((g: any) => g.slug)).toEqual([big, small]);
    expect((await search(`${hawkeye}&sort=memberCount:asc`)).body.data.map((g: any) => g.slug)).toEqual([small, big]);
    const byOffset = await search('filters[state]=IA&pagination[start]=1&pagination[limit]=5');
    expect(byOffset.body.data.map((g: any) => g.slug)).toEqual([iowa, small]);
    expect(byOffset.body.meta.pagination).toEqual({ start: 1, limit: 5, total: 3 });
    expect((await search('filters[interests][$contains]=energy&filters[state][$eq]=IA')).body.data.map((g: any) => g.slug)).toEqual([big]);
    const noCount = await search('filters[interests][$contains]=taxes&pagination[withCount]=false');
    expect(noCount.body.data.map((g: any) => g.slug)).toEqual([big, small]);
    expect(noCount.body.meta.pagination).toEqual({ page: 1, pageSize: 25 });
  });

  it('filters by state and interest', async () => {
    expect((await search('state=IA')).body.data.map((g: any) => g.slug)).toEqual([big, iowa, small]);
    expect((await search('interest=taxes')).body.data.map((g: any) => g.slug)).toEqual([big, small]);
    expect((await search('interest=energy&state=IA')).body.data.map((g: any) => g.slug)).toEqual([big]);
    expect((await search('interest=small-business')).body.data.map((g: any) => g.slug)).toEqual([iowa]);
    expect((await search('state=IA&q=moines')).body.data.map((g: any) => g.slug)).toEqual([iowa]);
  });

  it('refuses unknown parameters and bad values with 400 (SEC-05)', async () => {
    for (const query of [
      'state=ZZ',
      'interest=crypto',
      'pageSize=1000',
      'sort=ownerUserId',
      'filters[ownerUserId]=1',
      'filters[interests][$eq]=taxes',
      'filters[state][$eq]=ZZ',
      'pagination[page]=1&page=2',
    ]) {
      const res = await search(query);
      expect({ query, status: res.status, code: res.body.error?.details?.code }).toEqual({ query, status: 400, code: 'invalid_query' });
    }
  });
});
