import { useStrapi } from '../../helpers/strapi';
import { eventually } from '../../helpers/eventually';
import { bearer, signInAdmin } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { postSignedEvent } from '../../helpers/stripe-fake';
import { completed, openGift as openGiftFor, refunded, stripeId, type Gift } from './helpers';

/** The endpoint secret the app boots with (read from the environment by the plugin config). */
const SECRET = 'whsec_mymitt_pages_test';
process.env.STRIPE_WEBHOOK_SECRET = SECRET;

const app = useStrapi();
const API = '/api/mymitt-fundraising';
const ADMIN = '/mymitt-fundraising';
const WEBHOOK = `${API}/stripe/webhook`;
const PAGES = 'plugin::mymitt-fundraising.fundraising-page';
const TEAMS = 'plugin::mymitt-fundraising.fundraising-team';

const ledger = () => app.strapi.plugin('mymitt-fundraising').service('ledger');

interface Donor {
  firstName: string;
  lastName: string;
  email: string;
}

const aDonor = (firstName: string, lastName: string): Donor => ({
  firstName,
  lastName,
  email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@donors.example.org`,
});

/** A pending contribution of `donor` with its Checkout Session linked, as the donate code leaves it. */
const openGift = (donor: Donor, overrides: Record<string, unknown>) => openGiftFor(app, { ...donor, ...overrides });

/** Posts a signed event exactly as Stripe does and expects it applied. */
async function deliver(event: unknown) {
  const res = await postSignedEvent(app, event, SECRET);
  expect(res.status).toBe(200);
}

/** A paid gift on a page (checkout completed through the signed webhook). */
async function paidGift(donor: Donor, pageId: number, amountCents: number, anonymous = false) {
  const gift = await openGift(donor, { amountCents, pageId, anonymous });
  await deliver(completed(gift));
  return gift;
}

const pageIdOf = async (documentId: string) => (await app.strapi.db.query(PAGES).findOne({ where: { documentId } })).id as number;

async function createPage(supporter: SignedInSupporter, body: Record<string, unknown>) {
  const res = await app.http().post(`${API}/pages`).set(bearer(supporter.jwt)).send({ data: body });
  expect(res.status).toBe(201);
  return res.body.data as { documentId: string; slug: string; status: string; goalCents: number; state: string | null };
}

const publicPage = (slug: string) => app.http().get(`${API}/pages/${slug}`);

describe('Fundraising pages', () => {
  let owner: SignedInSupporter;
  let other: SignedInSupporter;

  beforeAll(async () => {
    owner = await signUpSupporter(app, { firstName: 'Olivia', zip: '03301' });
    other = await signUpSupporter(app, { firstName: 'Oscar', zip: '90210' });
  });

  describe('creating and editing my page', () => {
    it('creates a published page with a slug from its title, the default goal, the state from my profile and a sanitized story', async () => {
      const page = await createPage(owner, {
        title: 'Olivia runs for Mitt',
        story: '# My story\n\nI run **5k**. <script>alert(1)</script> [link](javascript:alert(1))',
      });
      expect(page).toMatchObject({ slug: 'olivia-runs-for-mitt', status: 'published', goalCents: 50000, state: 'NH' });

      const res = await publicPage(page.slug);
      expect(res.status).toBe(200);
      expect(res.body.data.storyHtml).toContain('<h2>My story</h2>');
      expect(res.body.data.storyHtml).toContain('<strong>5k</strong>');
      // Raw HTML is escaped as text and the javascript: link is not a link.
      expect(res.body.data.storyHtml).not.toMatch(/<script|<a |href=/);
      expect(res.body.data.storyHtml).toContain('&lt;script&gt;');
      expect(res.body.data.owner.displayName).toEqual(expect.any(String));
      expect(res.body.data.owner.displayName).toMatch(/^Olivia/);
    });

    it('starting a page earns its activity points (mymitt.page.created reaches the profiles plugin)', async () => {
      const starter = await signUpSupporter(app, { firstName: 'Priya', zip: '03301' });
      const standing = async () => (await app.http().get('/api/mymitt-profiles/profiles/me/standing').set(bearer(starter.jwt))).body.data;
      expect(await standing()).toMatchObject({ points: 0, breakdown: [] });

      await createPage(starter, { title: `Priya starts ${Date.now()}` });
      const pageCreated = [{ kind: 'page.created', count: 1, pointsEach: 5, points: 5 }];
      expect(await eventually(async () => (await standing()).breakdown, pageCreated)).toEqual(pageCreated);
      expect(await standing()).toMatchObject({ points: 5 });
    });

    it("takes the active drive's default page goal, and my own goal, slug and state over any default", async () => {
      const now = Date.now();
      await app.strapi.db.query('plugin::mymitt-fundraising.fundraising-campaign').create({
        data: {
          name: 'Spring drive',
          slug: `spring-drive-${now}`,
          goalCents: 10_000_000,
          startsAt: new Date(now - 60_000),
          defaultPageGoalCents: 75_000,
        },
      });
      const byDrive = await createPage(owner, { title: 'Second page' });
      expect(byDrive.goalCents).toBe(75_000);

      const mine = await createPage(owner, { title: 'Third page', goalCents: 12_345, slug: 'olivia-third', state: 'ca' });
      expect(mine).toMatchObject({ goalCents: 12_345, slug: 'olivia-third', state: 'CA' });

      const taken = await app
        .http()
        .post(`${API}/pages`)
        .set(bearer(other.jwt))
        .send({ data: { title: 'Mine', slug: 'olivia-third' } });
      expect(taken.status).toBe(409);
      expect(taken.body.error.details).toEqual({ code: 'slug_taken', slug: 'olivia-third' });
      const reserved = await app
        .http()
        .post(`${API}/pages`)
        .set(bearer(other.jwt))
        .send({ data: { title: 'Mine', slug: 'mine' } });
      expect(reserved.status).toBe(400);
      expect(reserved.body.error.details).toEqual({ code: 'slug_reserved', slug: 'mine' });
    });

    it('lets the owner edit title, story and goal; the public page shows the edit at once', async () => {
      const page = await createPage(owner, { title: 'Edit me' });
      expect((await publicPage(page.slug)).body.data.title).toBe('Edit me');

      const res = await app
        .http()
        .patch(`${API}/pages/${page.documentId}`)
        .set(bearer(owner.jwt))
        .send({ data: { title: 'Edited', story: 'New _story_', goalCents: 99_900 } });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ title: 'Edited', goalCents: 99_900, slug: page.slug });

      const shown = await publicPage(page.slug);
      expect(shown.body.data).toMatchObject({ title: 'Edited', goalCents: 99_900, storyHtml: '<p>New <em>story</em></p>' });
    });

    it("SEC-01 another supporter's edit, close, update or team change of my page is 403 and changes nothing", async () => {
      const page = await createPage(owner, { title: 'Not yours' });
      const attempts = [
        app
          .http()
          .patch(`${API}/pages/${page.documentId}`)
          .set(bearer(other.jwt))
          .send({ data: { title: 'Hijacked' } }),
        app.http().post(`${API}/pages/${page.documentId}/close`).set(bearer(other.jwt)).send({ data: {} }),
        app
          .http()
          .post(`${API}/pages/${page.documentId}/updates`)
          .set(bearer(other.jwt))
          .send({ data: { text: 'Hijacked' } }),
        app
          .http()
          .post(`${API}/pages/${page.documentId}/team`)
          .set(bearer(other.jwt))
          .send({ data: { teamSlug: 'any-team' } }),
        app.http().delete(`${API}/pages/${page.documentId}/team`).set(bearer(other.jwt)),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({
          data: null,
          error: {
            status: 403,
            name: 'ForbiddenError',
            message: 'Only the owner of this page can change it.',
            details: { code: 'not_owner' },
          },
        });
      }
      const stored = await app.strapi.db.query(PAGES).findOne({ where: { documentId: page.documentId } });
      expect(stored).toMatchObject({ title: 'Not yours', status: 'published' });
      expect((await publicPage(page.slug)).body.data.updates).toEqual([]);

      const anonymous = await app
        .http()
        .post(`${API}/pages`)
        .send({ data: { title: 'No account' } });
      expect([401, 403]).toContain(anonymous.status);
      expect(['unauthorized', 'forbidden']).toContain(anonymous.body.error.details.code);
    });

    it('SEC-02 refuses owner, status, totals and unknown fields with 400 and writes nothing', async () => {
      const before = await app.strapi.db.query(PAGES).count({});
      const forbidden = [
        { title: 'Rich page', raisedCents: 1_000_000 },
        { title: 'Rich page', ownerUserId: other.user.id },
        { title: 'Rich page', status: 'published' },
        { title: 'Rich page', thermometer: { raisedCents: 5 } },
        { title: 'Rich page', campaignId: 1 },
      ];
      for (const body of forbidden) {
        const res = await app.http().post(`${API}/pages`).set(bearer(owner.jwt)).send({ data: body });
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('ValidationError');
      }
      expect(await app.strapi.db.query(PAGES).count({})).toBe(before);

      const page = await createPage(owner, { title: 'Keep my totals' });
      const edit = await app
        .http()
        .patch(`${API}/pages/${page.documentId}`)
        .set(bearer(owner.jwt))
        .send({ data: { status: 'closed' } });
      expect(edit.status).toBe(400);
      const ownerChange = await app
        .http()
        .patch(`${API}/pages/${page.documentId}`)
        .set(bearer(owner.jwt))
        .send({ data: { ownerUserId: 1 } });
      expect(ownerChange.status).toBe(400);
      // `data` beside other keys is not Strapi's body: 400 invalid_body, nothing written.
      const mixed = await app
        .http()
        .patch(`${API}/pages/${page.documentId}`)
        .set(bearer(owner.jwt))
        .send({ data: { title: 'Mixed' }, status: 'closed' });
      expect(mixed.status).toBe(400);
      expect(mixed.body.error.details.code).toBe('invalid_body');
      expect((await app.strapi.db.query(PAGES).findOne({ where: { documentId: page.documentId } })).status).toBe('published');
    });

    it('posts sanitized updates of at most 1000 characters; a closed page stays readable and takes no more edits', async () => {
      const page = await createPage(owner, { title: 'Updates page' });
      const posted = await app
        .http()
        .post(`${API}/pages/${page.documentId}/updates`)
        .set(bearer(owner.jwt))
        .send({ data: { text: 'Halfway there! <img src=x onerror=alert(1)>' } });
      expect(posted.status).toBe(201);
      expect(posted.body.data.html).not.toMatch(/<img/i);
      expect(posted.body.data.html).toContain('&lt;img');

      const tooLong = await app
        .http()
        .post(`${API}/pages/${page.documentId}/updates`)
        .set(bearer(owner.jwt))
        .send({ data: { text: 'x'.repeat(1001) } });
      expect(tooLong.status).toBe(400);

      const shown = await publicPage(page.slug);
      expect(shown.body.data.updates).toHaveLength(1);
      expect(shown.body.data.updates[0].html).toContain('Halfway there!');

      const closed = await app.http().post(`${API}/pages/${page.documentId}/close`).set(bearer(owner.jwt)).send({ data: {} });
      expect(closed.status).toBe(200);
      expect(closed.body.data.status).toBe('closed');
      expect((await publicPage(page.slug)).body.data).toMatchObject({ status: 'closed', isClosed: true });
      const edit = await app
        .http()
        .patch(`${API}/pages/${page.documentId}`)
        .set(bearer(owner.jwt))
        .send({ data: { title: 'Reopen' } });
      expect(edit.status).toBe(409);
      expect(edit.body.error.details).toEqual({ code: 'page_closed', status: 'closed' });
      const note = await app
        .http()
        .post(`${API}/pages/${page.documentId}/updates`)
        .set(bearer(owner.jwt))
        .send({ data: { text: 'Too late' } });
      expect(note.status).toBe(409);
      expect(note.body.error.details.code).toBe('page_closed');
    });
  });

  describe('staff approval', () => {
    it('while approval is required a new page is pending and hidden; staff approve (event emitted) or reject it', async () => {
      const finance = await signInAdmin(app, 'Finance');
      const webTeam = await signInAdmin(app, 'Web team');
      const on = await app.http().put(`${ADMIN}/pages/settings`).set(bearer(finance.token)).send({ pagesNeedApproval: true });
      expect(on.status).toBe(200);
      expect(on.body.data).toEqual({ pagesNeedApproval: true });
      expect((await app.http().put(`${ADMIN}/pages/settings`).set(bearer(finance.token)).send({ pagesNeedApproval: 'yes' })).status).toBe(
        400
      );

      const created: any[] = [];
      const listener = async (payload: any) => {
        created.push(payload);
      };
      app.strapi.eventHub.on('mymitt.page.created', listener);
      try {
        const pending = await createPage(owner, { title: 'Waiting for staff' });
        const refused = await createPage(owner, { title: 'Will be refused' });
        expect(pending.status).toBe('pending');
        expect((await publicPage(pending.slug)).status).toBe(404);

        expect((await app.http().get(`${ADMIN}/pages/moderation`).set(bearer(webTeam.token))).status).toBe(403);
        const queue = await app.http().get(`${ADMIN}/pages/moderation?status=pending`).set(bearer(finance.token));
        expect(queue.status).toBe(200);
        expect(queue.body.data.map((p: any) => p.documentId)).toEqual(expect.arrayContaining([pending.documentId, refused.documentId]));
        expect(JSON.stringify(queue.body)).not.toContain(owner.registration.email);

        const approved = await app
          .http()
          .post(`${ADMIN}/pages/moderation/${pending.documentId}/approve`)
          .set(bearer(finance.token))
          .send({});
        expect(approved.status).toBe(200);
        expect(approved.body.data.status).toBe('published');
        expect((await publicPage(pending.slug)).status).toBe(200);
        const again = await app.http().post(`${ADMIN}/pages/moderation/${pending.documentId}/approve`).set(bearer(finance.token)).send({});
        expect(again.status).toBe(409);

        const rejected = await app
          .http()
          .post(`${ADMIN}/pages/moderation/${refused.documentId}/reject`)
          .set(bearer(finance.token))
          .send({ reason: 'Off-message' });
        expect(rejected.body.data.status).toBe('rejected');
        expect((await publicPage(refused.slug)).status).toBe(404);
        const mine = await app.http().get(`${API}/pages/mine`).set(bearer(owner.jwt));
        expect(mine.body.data.find((p: any) => p.documentId === refused.documentId)).toMatchObject({
          status: 'rejected',
          rejectionReason: 'Off-message',
        });

        const pageId = await pageIdOf(pending.documentId);
        expect(await eventually(async () => created.filter((e) => e.pageId === pageId).length, 1)).toBe(1);
        expect(created.find((e) => e.pageId === pageId)).toEqual({
          sourceId: pending.documentId,
          userId: owner.user.id,
          pageId,
          slug: pending.slug,
          campaignId: expect.anything(),
          occurredAt: expect.any(String),
        });
        expect(created.some((e) => e.sourceId === refused.documentId)).toBe(false);
      } finally {
        app.strapi.eventHub.removeListener('mymitt.page.created', listener);
        await app.http().put(`${ADMIN}/pages/settings`).set(bearer(finance.token)).send({ pagesNeedApproval: false });
      }
    });
  });

  describe('thermometer and honor roll from the ledger', () => {
    const zelda = aDonor('Zelda', 'Secretname');
    const ann = aDonor('Ann', 'Romney');
    const carl = aDonor('Carl', 'Giver');
    const dora = aDonor('Dora', 'Refunded');

    it('match the ledger totals after paid gifts, a partial and a full refund; anonymous donors never show (SEC-03); the owner is credited, not the donor (FEC-13); the disclaimer is there (FEC-15)', async () => {
      const page = await createPage(owner, { title: 'Money page', goalCents: 20_000 });
      const pageId = await pageIdOf(page.documentId);
      // Cached before any gift: the ledger rows must drop it.
      expect((await publicPage(page.slug)).body.data.thermometer).toEqual({
        raisedCents: 0,
        goalCents: 20_000,
        percent: 0,
        donorCount: 0,
        giftCount: 0,
      });

      const fundraisers: any[] = [];
      const listener = async (payload: any) => {
        fundraisers.push(payload);
      };
      app.strapi.eventHub.on('mymitt.donation.succeeded', listener);
      let carlGift: Gift;
      let doraGift: Gift;
      try {
        await paidGift(ann, pageId, 5000);
        await paidGift(zelda, pageId, 7000, true);
        carlGift = await paidGift(carl, pageId, 3000);
        doraGift = await paidGift(dora, pageId, 2000);
        // FEC-13: the page owner is credited as fundraiser; the donor stays the card holder.
        await eventually(async () => fundraisers.filter((e) => e.fundraiserUserId === owner.user.id).length, 4);
        expect(fundraisers.filter((e) => e.fundraiserUserId === owner.user.id)).toHaveLength(4);
      } finally {
        app.strapi.eventHub.removeListener('mymitt.donation.succeeded', listener);
      }
      await deliver(refunded(carlGift, [{ id: stripeId('re'), amount: 1000 }]));
      await deliver(refunded(doraGift, [{ id: stripeId('re'), amount: 2000 }]));

      const totals = await ledger().totals(`page:${pageId}`);
      expect(totals).toMatchObject({ netCents: 14_000, giftCount: 4 });
      const expected = { raisedCents: totals.netCents, goalCents: 20_000, percent: 70, donorCount: 3, giftCount: totals.giftCount };
      // At once, not after the cache's TTL: the ledger rows' commit dropped the cached answer.
      expect((await publicPage(page.slug)).body.data.thermometer).toEqual(expected);

      const res = await publicPage(page.slug);
      expect(res.body.data.honorRoll.map((g: any) => [g.displayName, g.amountCents])).toEqual([
        ['Carl G.', 2000],
        ['Ann R.', 5000],
      ]);
      expect(res.body.meta.disclaimer).toMatch(/Paid for by/);

      // No identity of the anonymous donor, and no donor's email or full last name, anywhere in the public JSON.
      for (const secret of ['Zelda', 'Secretname', zelda.email, ann.email, 'Romney', 'Belmont', '02478', '@']) {
        expect(res.text).not.toContain(secret);
      }

      const mine = await app.http().get(`${API}/pages/mine`).set(bearer(owner.jwt));
      const dashboard = mine.body.data.find((p: any) => p.documentId === page.documentId);
      expect(dashboard.thermometer).toEqual(expected);
      expect(dashboard.donors.map((d: any) => [d.name, d.amountCents])).toEqual([
        ['Carl Giver', 2000],
        ['Anonymous', 7000],
        ['Ann Romney', 5000],
      ]);
      expect(JSON.stringify(mine.body)).not.toMatch(/Zelda|Secretname|donors\.example\.org/);

      // Another supporter's dashboard shows nothing of this page.
      const theirs = await app.http().get(`${API}/pages/mine`).set(bearer(other.jwt));
      expect(theirs.body.data.some((p: any) => p.documentId === page.documentId)).toBe(false);
    });

    it("the public page is Strapi's { data, meta }: the page by documentId and slug, the committee's disclaimer in meta", async () => {
      const page = await createPage(owner, { title: 'Shape of a page' });
      const res = await publicPage(page.slug);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(Object.keys(res.body).sort()).toEqual(['data', 'meta']);
      expect(res.body.data).toMatchObject({ documentId: page.documentId, slug: page.slug, title: 'Shape of a page' });
      expect(Object.keys(res.body.meta).sort()).toEqual(['committeeName', 'disclaimer']);
      expect(res.text).not.toMatch(/"(id|\w+Id)":\d/);
    });

    it('answers with an ETag and CDN headers, and 304 on revalidation', async () => {
      const page = await createPage(owner, { title: 'Cache me' });
      const first = await publicPage(page.slug);
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toMatch(/public, max-age=0, s-maxage=\d+/);
      const etag = first.headers.etag;
      expect(etag).toMatch(/^W\/".+"$/);

      const again = await publicPage(page.slug).set('If-None-Match', etag);
      expect(again.status).toBe(304);
      expect(again.text).toBe('');

      await app
        .http()
        .post(`${API}/pages/${page.documentId}/updates`)
        .set(bearer(owner.jwt))
        .send({ data: { text: 'News' } });
      const changed = await publicPage(page.slug).set('If-None-Match', etag);
      expect(changed.status).toBe(200);
      expect(changed.headers.etag).not.toBe(etag);

      expect((await publicPage('no-such-page')).status).toBe(404);
    });
  });

  describe('teams and leaderboards', () => {
    it('a team sums its member pages against its goal; pages join and leave', async () => {
      const captain = await signUpSupporter(app, { firstName: 'Cathy', zip: '03301' });
      const member = await signUpSupporter(app, { firstName: 'Mike', zip: '03301' });
      const captainPage = await createPage(captain, { title: 'Cathy for team' });
      const memberPage = await createPage(member, { title: 'Mike for team' });

      const team = await app
        .http()
        .post(`${API}/teams`)
        .set(bearer(captain.jwt))
        .send({ data: { name: 'Granite Staters', goalCents: 100_000, pageDocumentId: captainPage.documentId } });
      expect(team.status).toBe(201);
      expect(team.body.data).toMatchObject({ slug: 'granite-staters', goalCents: 100_000, state: 'NH' });

      const foreign = await app
        .http()
        .post(`${API}/teams`)
        .set(bearer(member.jwt))
        .send({ data: { name: 'Stealing', pageDocumentId: captainPage.documentId } });
      expect(foreign.status).toBe(403);
      expect(foreign.body.error).toEqual({
        status: 403,
        name: 'ForbiddenError',
        message: 'Only the owner of this page can change it.',
        details: { code: 'not_owner' },
      });
      expect(await app.strapi.db.query(TEAMS).count({ where: { name: 'Stealing' } })).toBe(0);
      const captainChosen = await app
        .http()
        .post(`${API}/teams`)
        .set(bearer(member.jwt))
        .send({ data: { name: 'X team', captainUserId: 1 } });
      expect(captainChosen.status).toBe(400);

      const joined = await app
        .http()
        .post(`${API}/pages/${memberPage.documentId}/team`)
        .set(bearer(member.jwt))
        .send({ data: { teamSlug: 'granite-staters' } });
      expect(joined.status).toBe(200);
      expect(joined.body.data.team).toEqual({ slug: 'granite-staters', name: 'Granite Staters' });
      const noTeam = await app
        .http()
        .post(`${API}/pages/${memberPage.documentId}/team`)
        .set(bearer(member.jwt))
        .send({ data: { teamSlug: 'no-such-team' } });
      expect(noTeam.status).toBe(404);
      expect(noTeam.body.error.details).toEqual({ code: 'team_not_found', teamSlug: 'no-such-team' });

      const captainPageId = await pageIdOf(captainPage.documentId);
      const memberPageId = await pageIdOf(memberPage.documentId);
      await paidGift(aDonor('Team', 'Donorone'), captainPageId, 6000);
      await paidGift(aDonor('Team', 'Donortwo'), memberPageId, 4000, true);

      const net = (await ledger().totals(`page:${captainPageId}`)).netCents + (await ledger().totals(`page:${memberPageId}`)).netCents;
      expect(net).toBe(10_000);
      const expected = { raisedCents: net, goalCents: 100_000, percent: 10, donorCount: 2, giftCount: 2 };
      expect(await eventually(async () => (await app.http().get(`${API}/teams/granite-staters`)).body.data.thermometer, expected)).toEqual(
        expected
      );
      const shown = await app.http().get(`${API}/teams/granite-staters`);
      expect(shown.body.data).toMatchObject({ name: 'Granite Staters', memberCount: 2 });
      expect(shown.body.data.pages.map((p: any) => [p.slug, p.raisedCents])).toEqual([
        [captainPage.slug, 6000],
        [memberPage.slug, 4000],
      ]);
      expect(shown.body.meta.disclaimer).toMatch(/Paid for by/);
      expect(shown.text).not.toMatch(/Donortwo|@/);

      const left = await app.http().delete(`${API}/pages/${memberPage.documentId}/team`).set(bearer(member.jwt));
      expect(left.status).toBe(200);
      expect(left.body.data.team).toBeNull();
      const after = await eventually(async () => (await app.http().get(`${API}/teams/granite-staters`)).body.data.memberCount, 1);
      expect(after).toBe(1);
    });

    it('ranks pages and teams by net raised, nationally and by state', async () => {
      const nh = await signUpSupporter(app, { firstName: 'Nora', zip: '03301' });
      const ca = await signUpSupporter(app, { firstName: 'Cal', zip: '90210' });
      const nhPage = await createPage(nh, { title: 'Top of New Hampshire', state: 'NH' });
      const caPage = await createPage(ca, { title: 'Top of California', state: 'CA' });
      await paidGift(aDonor('Big', 'Giver'), await pageIdOf(nhPage.documentId), 300_000);
      await paidGift(aDonor('Bigger', 'Giver'), await pageIdOf(caPage.documentId), 310_000);

      const national = await app.http().get(`${API}/leaderboards/pages?pagination[pageSize]=2`);
      expect(national.status).toBe(200);
      expect(national.headers['cache-control']).toMatch(/s-maxage/);
      expect(national.body.data.map((p: any) => [p.slug, p.raisedCents])).toEqual([
        [caPage.slug, 310_000],
        [nhPage.slug, 300_000],
      ]);
      expect(national.body.data[0]).toMatchObject({ rank: 1, state: 'CA', ownerDisplayName: expect.stringMatching(/^Cal/) });
      const ranked = national.body.meta.pagination.total;
      expect(national.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: Math.ceil(ranked / 2), total: ranked });

      // The same ranking by offset, and from its end: ranks stay those of the ranking.
      const second = await app.http().get(`${API}/leaderboards/pages?pagination[start]=1&pagination[limit]=1`);
      expect(second.body.data).toEqual([expect.objectContaining({ rank: 2, slug: nhPage.slug })]);
      expect(second.body.meta.pagination).toEqual({ start: 1, limit: 1, total: ranked });
      const lowest = await app.http().get(`${API}/leaderboards/pages?sort=raisedCents:asc&pagination[pageSize]=100`);
      expect(lowest.body.data.map((p: any) => p.rank)).toEqual(Array.from({ length: ranked }, (_, i) => ranked - i));
      expect(lowest.body.data.at(-1)).toMatchObject({ rank: 1, slug: caPage.slug });

      const newHampshire = await app.http().get(`${API}/leaderboards/pages?filters[state][$eq]=NH&pagination[pageSize]=3`);
      expect(newHampshire.body.data[0]).toMatchObject({ rank: 1, slug: nhPage.slug, raisedCents: 300_000 });
      expect(newHampshire.body.data.every((p: any) => p.state === 'NH')).toBe(true);
      expect(newHampshire.body.meta.pagination.total).toBeLessThan(ranked);
      const twoStates = await app.http().get(`${API}/leaderboards/pages?filters[state][$in][0]=NH&filters[state][$in][1]=CA`);
      expect(new Set(twoStates.body.data.map((p: any) => p.state))).toEqual(new Set(['NH', 'CA']));

      // The spellings from before Strapi's conventions still answer, with a Deprecation header.
      const legacy = await app.http().get(`${API}/leaderboards/pages?state=NH&limit=3`);
      expect(legacy.status).toBe(200);
      expect(legacy.headers.deprecation).toBe('true');
      expect(legacy.body.data).toEqual(newHampshire.body.data);

      const teams = await app.http().get(`${API}/leaderboards/teams?filters[state][$eq]=NH&pagination[pageSize]=5`);
      expect(teams.status).toBe(200);
      expect(teams.body.data[0]).toMatchObject({ rank: 1, slug: 'granite-staters', raisedCents: 6000, memberCount: 1 });
      expect(teams.body.meta.pagination).toEqual({ page: 1, pageSize: 5, pageCount: 1, total: teams.body.data.length });
      const noTeams = await app.http().get(`${API}/leaderboards/teams?filters[state][$eq]=WY`);
      expect(noTeams.body).toEqual({ data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } });

      for (const query of [
        'filters[state][$eq]=ZZ',
        'state=ZZ',
        'sort=raised',
        'sort=title',
        'filters[title][$containsi]=top',
        'state=NH&filters[state][$eq]=NH',
        'limit=3&pagination[pageSize]=3',
      ]) {
        const refused = await app.http().get(`${API}/leaderboards/pages?${query}`);
        expect(refused.status).toBe(400);
        expect(refused.body.error.details.code).toBe('invalid_query');
      }
      expect((await app.http().get(`${API}/leaderboards/teams?sort=memberCount`)).body.error.details.code).toBe('invalid_query');
    });
  });

  describe('GET /pages/mine (a list in Strapi conventions)', () => {
    it('pages in the database with meta.pagination, sorts by title or goal, filters by status', async () => {
      const lister = await signUpSupporter(app, { firstName: 'Lisa', zip: '03301' });
      const made: Array<Awaited<ReturnType<typeof createPage>>> = [];
      for (const [title, goalCents] of [
        ['Bravo page', 30_000],
        ['Alpha page', 10_000],
        ['Charlie page', 20_000],
      ] as const)
        made.push(await createPage(lister, { title, goalCents }));
      await app.http().post(`${API}/pages/${made[2].documentId}/close`).set(bearer(lister.jwt)).send({ data: {} }).expect(200);
      const mine = (query = '') => app.http().get(`${API}/pages/mine${query}`).set(bearer(lister.jwt));

      const newest = await mine('?pagination[pageSize]=2');
      expect(newest.body.data.map((p: any) => p.title)).toEqual(['Charlie page', 'Alpha page']);
      expect(newest.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
      expect((await mine('?pagination[page]=2&pagination[pageSize]=2')).body.data.map((p: any) => p.title)).toEqual(['Bravo page']);
      expect((await mine('?sort=title')).body.data.map((p: any) => p.title)).toEqual(['Alpha page', 'Bravo page', 'Charlie page']);
      expect((await mine('?sort=goalCents:desc')).body.data.map((p: any) => p.goalCents)).toEqual([30_000, 20_000, 10_000]);

      const open = await mine('?filters[status][$eq]=published&sort=title:desc');
      expect(open.body.data.map((p: any) => p.title)).toEqual(['Bravo page', 'Alpha page']);
      expect(open.body.meta.pagination.total).toBe(2);
      const closed = await mine('?filters[status][$in][0]=closed&filters[status][$in][1]=rejected');
      expect(closed.body.data.map((p: any) => p.documentId)).toEqual([made[2].documentId]);

      const byOffset = await mine('?sort=title&pagination[start]=2&pagination[limit]=5');
      expect(byOffset.body.data.map((p: any) => p.title)).toEqual(['Charlie page']);
      expect(byOffset.body.meta.pagination).toEqual({ start: 2, limit: 5, total: 3 });

      for (const query of ['?filters[ownerUserId][$eq]=1', '?sort=raisedCents', '?filters[status][$eq]=lost', '?mine=1']) {
        const refused = await mine(query);
        expect(refused.status).toBe(400);
        expect(refused.body.error.details.code).toBe('invalid_query');
      }
    });
  });
});
