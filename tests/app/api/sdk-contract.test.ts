import type { AddressInfo } from 'net';
import { strapi as strapiClient, HTTPError } from '@strapi/client';
import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { aDonationBody } from '../../helpers/donation-bodies';
import { startStripeFake, type StripeFake } from '../../helpers/stripe-fake';
import { bankWithContacts, documentIdOf, manager, setClock } from '../../mymitt-callcenter/api/helpers';

process.env.STRIPE_WEBHOOK_SECRET = 'whsec_mymitt_sdk_contract';
process.env.STRIPE_SECRET_KEY = 'sk_test_mymitt_sdk_contract';
process.env.DONATE_RATE_LIMIT = 'false';
let stripeFake: StripeFake;
beforeAll(async () => {
  stripeFake = await startStripeFake();
  process.env.STRIPE_API_BASE = `http://127.0.0.1:${stripeFake.port}`;
});
afterAll(async () => {
  await stripeFake.close();
});

/**
 * The plugins' content API driven by the official SDK, `@strapi/client`, as a site theme or a campaign's
 * own integration would: writes through `create()`/`update()` (which send `{ data }`), reads through
 * `find()` with Strapi's `filters`, `sort` and `pagination`, answers in `{ data, meta }`, refusals readable
 * by their `error.details.code`.
 */
const app = useStrapi();
const YEAR = new Date().getUTCFullYear() + 1;

const clientFor = (who?: SignedInSupporter) => {
  const { port } = app.strapi.server.httpServer.address() as AddressInfo;
  return strapiClient({ baseURL: `http://127.0.0.1:${port}/api`, ...(who ? { auth: who.jwt } : {}) });
};
const plugin = (name: string) => ({ plugin: { name } });
const PROFILES = plugin('mymitt-profiles');
const CALLCENTER = plugin('mymitt-callcenter');
const FUNDRAISING = plugin('mymitt-fundraising');

/** A site's own words for refusal codes, per language: what `details.code` is for. */
const REFUSAL_TEXT: Record<string, Record<string, (details: any) => string>> = {
  es: {
    contribution_limit_reached: (d) =>
      `Ha alcanzado el límite legal: puede donar hasta $${(d.remainingCents / 100).toFixed(2)} más en esta elección.`,
    lease_lost: () => 'Este contacto ya no está asignado a usted. Pida el siguiente.',
  },
  en: {
    contribution_limit_reached: (d) =>
      `You have reached the legal limit: you may give up to $${(d.remainingCents / 100).toFixed(2)} more for this election.`,
    lease_lost: () => 'This contact is no longer yours. Ask for the next one.',
  },
};
const sayRefusal = (locale: string, error: { details: { code: string } }) => REFUSAL_TEXT[locale][error.details.code](error.details);

/** The error body of a refused SDK call. */
async function refusalOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof HTTPError)) throw error;
    return { status: error.response.status, body: (await error.response.json()) as any };
  }
  throw new Error('expected the call to be refused');
}

describe('@strapi/client against the plugin routes', () => {
  afterEach(() => setClock(app, null));

  it('profiles: the own profile updates through single().update(); a bad field is refused with a code', async () => {
    const pat = await signUpSupporter(app, { firstName: 'Pat' });
    const me = clientFor(pat).single('profiles/me', PROFILES);

    const updated = await me.update({ bio: 'Door knocker, Concord NH.' });
    expect(updated.data).toMatchObject({ bio: 'Door knocker, Concord NH.' });
    expect(updated.meta).toEqual({});
    expect((await me.find()).data).toMatchObject({ bio: 'Door knocker, Concord NH.' });

    const refused = await refusalOf(me.update({ role: 'admin' }));
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.code).toBe('invalid_request');
  });

  it('blog: create() a post, then find() it with filters, sort and pagination', async () => {
    const pat = await signUpSupporter(app, { firstName: 'Pat' });
    const posts = clientFor(pat).collection('posts', PROFILES);
    const draft = await posts.create({ title: 'Why I phone bank', bodyMarkdown: 'Every call counts.' });
    expect(draft.data).toMatchObject({ title: 'Why I phone bank', documentId: expect.any(String) });
    await posts.create({ title: 'Canvassing in the snow', bodyMarkdown: 'Bring gloves.' });

    const mine = clientFor(pat).collection('posts/mine', PROFILES);
    const found = await mine.find({ filters: { title: { $containsi: 'phone' } }, sort: 'title:asc', pagination: { page: 1, pageSize: 1 } });
    expect(found.data.map((post: any) => post.title)).toEqual(['Why I phone bank']);
    expect(found.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 1, total: 1 });

    const updated = await posts.update(draft.data.documentId, { title: 'Why I phone bank every week' });
    expect(updated.data.title).toBe('Why I phone bank every week');
  });

  it('groups: create() a group, find() it by a filter; an unknown filter is invalid_query', async () => {
    const owner = await signUpSupporter(app, { firstName: 'Morgan', zip: '03301' });
    const groups = clientFor(owner).collection('groups', PROFILES);
    const created = await groups.create({ name: `Concord Volunteers ${YEAR}`, description: 'Weekend canvasses.', zip: '03301' });
    expect(created.data).toMatchObject({ name: `Concord Volunteers ${YEAR}`, slug: expect.any(String) });

    const found = await clientFor()
      .collection('groups', PROFILES)
      .find({ filters: { name: { $containsi: `Volunteers ${YEAR}` } } });
    expect(found.data.map((group: any) => group.slug)).toContain(created.data.slug);
    expect(found.meta.pagination).toMatchObject({ page: 1, total: found.data.length });

    const refused = await refusalOf(
      clientFor()
        .collection('groups', PROFILES)
        .find({ filters: { passwordHash: 'x' } })
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.code).toBe('invalid_query');
  });

  it('events: create() an event and an RSVP to one of its shifts', async () => {
    const host = await signUpSupporter(app, { firstName: 'Alex', zip: '80202' });
    const guest = await signUpSupporter(app, { firstName: 'Sam', zip: '80202' });
    const event = await clientFor(host)
      .collection('events', PROFILES)
      .create({
        title: 'Debate watch party',
        type: 'house-party',
        timeZone: 'America/Denver',
        streetAddress: '742 Evergreen Terrace',
        zip: '80202',
        shifts: [{ startsAt: `${YEAR}-12-05T18:00`, endsAt: `${YEAR}-12-05T21:00`, capacity: 5 }],
      });
    const shift = event.data.shifts[0];
    expect(shift.documentId).toEqual(expect.any(String));

    const rsvp = await clientFor(guest).collection(`events/${event.data.documentId}/shifts/${shift.documentId}/rsvp`, PROFILES).create({});
    expect(rsvp.data).toMatchObject({ documentId: expect.any(String), shiftDocumentId: shift.documentId });

    const mine = await clientFor(guest).collection('events/mine', PROFILES).find({ sort: 'startsAt:asc' });
    expect(mine.data.map((e: any) => e.documentId)).toEqual([event.data.documentId]);
  });

  it('call center: find() open phone banks, then create() on next and result ("save and next")', async () => {
    const admin = await manager(app);
    const bankId = await bankWithContacts(app, admin, 'SDK bank', 8100, 2);
    setClock(app, new Date('2026-06-15T18:00:00Z')); // 2 pm in New Hampshire
    const caller = await signUpSupporter(app);
    const client = clientFor(caller);

    const banks = await client.collection('phone-banks', CALLCENTER).find({ sort: 'name:asc', pagination: { start: 0, limit: 10 } });
    expect(banks.data.map((bank: any) => bank.documentId)).toContain(documentIdOf(bankId));
    expect(banks.meta.pagination).toMatchObject({ start: 0, limit: 10 });

    const bank = `phone-banks/${documentIdOf(bankId)}`;
    const offer = await client.collection(`${bank}/next`, CALLCENTER).create({});
    expect(offer.data).toMatchObject({ leaseToken: expect.any(String), phoneBank: { documentId: documentIdOf(bankId) } });

    const saved = await client
      .collection(`${bank}/result`, CALLCENTER)
      .create({ leaseToken: offer.data.leaseToken, disposition: 'talked' });
    expect(saved.data).toMatchObject({ documentId: expect.any(String), disposition: 'talked' });

    const lost = await refusalOf(
      client.collection(`${bank}/result`, CALLCENTER).create({ leaseToken: offer.data.leaseToken, disposition: 'talked' })
    );
    expect(lost.status).toBe(409);
    expect(lost.body.error.details.code).toBe('lease_lost');
    expect(sayRefusal('es', lost.body.error)).toBe('Este contacto ya no está asignado a usted. Pida el siguiente.');
  });

  it('fundraising: create() a personal fundraising page, then find() my pages with a filter and sort', async () => {
    const pat = await signUpSupporter(app, { firstName: 'Pat' });
    const pages = clientFor(pat).collection('pages', FUNDRAISING);
    const created = await pages.create({ title: 'Pat for the campaign', goalCents: 100000 });
    expect(created.data).toMatchObject({ documentId: expect.any(String), slug: expect.any(String), goalCents: 100000 });

    const mine = await clientFor(pat)
      .collection('pages/mine', FUNDRAISING)
      .find({ filters: { status: { $eq: created.data.status } }, sort: 'createdAt:desc', pagination: { page: 1, pageSize: 5 } });
    expect(mine.data.map((page: any) => page.documentId)).toEqual([created.data.documentId]);
    expect(mine.meta.pagination).toEqual({ page: 1, pageSize: 5, pageCount: 1, total: 1 });
  });

  it('donations: a guest create()s a gift; one over the limit is refused with a code a Spanish site words itself', async () => {
    const donations = clientFor().collection('donations', FUNDRAISING);
    const gift = await donations.create(aDonationBody({ amountCents: 2500 }));
    expect(gift.data).toMatchObject({ documentId: expect.any(String), checkoutUrl: expect.any(String) });

    const over = await refusalOf(donations.create(aDonationBody({ amountCents: 400_000 })));
    expect(over.status).toBe(422);
    expect(over.body.error.details).toMatchObject({ code: 'contribution_limit_reached', remainingCents: expect.any(Number) });
    expect(sayRefusal('es', over.body.error)).toMatch(/^Ha alcanzado el límite legal: puede donar hasta \$[\d.]+ más en esta elección\.$/);
    expect(sayRefusal('en', over.body.error)).toMatch(/^You have reached the legal limit/);
  });

  it('Spanish: the compliance form and the call days read with locale=es through find()', async () => {
    const form = await clientFor().single('compliance/form', FUNDRAISING).find({ locale: 'es' });
    expect(form.meta).toEqual({ locale: 'es', localeFallback: false, localeFallbackTexts: [] });
    expect((form.data as any).affirmations.items[3].text).toBe('Tengo por lo menos dieciocho años de edad.');

    const days = await clientFor()
      .collection('call-days', CALLCENTER)
      .find({ locale: 'es', pagination: { page: 1, pageSize: 10 } });
    expect(days.meta).toMatchObject({ locale: 'es', pagination: { page: 1, pageSize: 10 } });
  });
});
