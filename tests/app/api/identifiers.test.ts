import { useStrapi } from '../../helpers/strapi';
import { registeredRoutes, fillPath, parameterNames } from '../../helpers/route-table';
import { signUpSupporter } from '../../helpers/supporters';
import { aDonationBody } from '../../helpers/donation-bodies';
import { bearer } from '../../helpers/admins';
import { bankWithContacts, createCallDay, documentIdOf, manager, setClock } from '../../mymitt-callcenter/api/helpers';
import { aCheckout, aProduct, checkout } from '../../mymitt-store/api/helpers';
import { numericIdentifiers } from '../../../packages/plugin-kit/src/identifier-audit';

/**
 * No numeric database id leaves the content API: every GET route of every plugin, read from the route
 * table (so a new route is checked without anyone listing it), is called on a small world of records, as
 * their owner, and its answer is searched for id-named fields holding numbers. (Every other test also
 * runs with MYMITT_ID_AUDIT=fail, which fails any plugin answer carrying one, writes included.)
 */
const app = useStrapi();
const PROFILES = '/api/mymitt-profiles';
const FUNDRAISING = '/api/mymitt-fundraising';
const YEAR = new Date().getUTCFullYear() + 1;
/** Routes that may answer 404 here: the offline checkout pages exist only with the sandbox gateway. */
const MAY_BE_ABSENT = ['/api/mymitt-fundraising/sandbox/checkout/:sessionId'];

async function ok(res: { status: number; body: any }, what: string) {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

describe('identifiers on the content API', () => {
  afterEach(() => setClock(app, null));

  it('no GET route of any plugin answers a numeric id (route table, a record of each kind)', async () => {
    const owner = await signUpSupporter(app, { firstName: 'Pat', zip: '03301' });
    const as = bearer(owner.jwt);
    const http = () => app.http();
    const profile = await ok(await http().get(`${PROFILES}/profiles/me`).set(as), 'profile');

    const post = await ok(
      await http()
        .post(`${PROFILES}/posts`)
        .set(as)
        .send({ data: { title: 'Why I call', bodyMarkdown: 'Because.' } }),
      'post'
    );
    const published = await ok(await http().post(`${PROFILES}/posts/${post.documentId}/publish`).set(as).send({ data: {} }), 'publish');
    const group = await ok(
      await http()
        .post(`${PROFILES}/groups`)
        .set(as)
        .send({ data: { name: 'Concord callers', zip: '03301' } }),
      'group'
    );
    const event = await ok(
      await http()
        .post(`${PROFILES}/events`)
        .set(as)
        .send({
          data: {
            title: 'Phone bank party',
            type: 'house-party',
            timeZone: 'America/New_York',
            streetAddress: '1 Main St',
            zip: '03301',
            shifts: [{ startsAt: `${YEAR}-10-05T18:00`, endsAt: `${YEAR}-10-05T21:00`, capacity: 10 }],
          },
        }),
      'event'
    );
    await ok(
      await http().post(`${PROFILES}/events/${event.documentId}/shifts/${event.shifts[0].documentId}/rsvp`).set(as).send({ data: {} }),
      'rsvp'
    );
    const page = await ok(
      await http()
        .post(`${FUNDRAISING}/pages`)
        .set(as)
        .send({ data: { title: 'Pat raises', goalCents: 50000 } }),
      'page'
    );
    const team = await ok(
      await http()
        .post(`${FUNDRAISING}/teams`)
        .set(as)
        .send({ data: { name: 'Team Concord' } }),
      'team'
    );
    await app.strapi.db.query('plugin::mymitt-fundraising.fundraising-campaign').create({
      data: { name: 'Identifier drive', slug: 'identifier-drive', goalCents: 100000, startsAt: new Date(Date.now() - 60_000), defaultPageGoalCents: 50000 },
    });
    const gift = await ok(await http().post(`${FUNDRAISING}/donations`).send({ data: aDonationBody({ pageSlug: page.slug }) }), 'gift');

    const product = await aProduct(app, [{ priceCents: 2500, stock: 5 }]);
    const order = await ok(await checkout(app, aCheckout([{ sku: product.variants[0].sku, qty: 1 }]), owner.jwt), 'order');

    const admin = await manager(app);
    const bankId = await bankWithContacts(app, admin, 'Identifier bank', 9100, 2);
    const callDay = await createCallDay(app, admin, {
      name: 'Identifier day',
      slug: 'identifier-day',
      startsAt: '2026-06-15T17:00:00.000Z',
      endsAt: '2026-06-15T21:00:00.000Z',
      status: 'published',
    });
    expect(callDay.status).toBe(201);
    setClock(app, new Date('2026-06-15T18:00:00Z'));
    await ok(
      await http()
        .post(`/api/mymitt-callcenter/phone-banks/${documentIdOf(bankId)}/next`)
        .set(as)
        .send({ data: {} }),
      'next'
    );

    /** Each parameter by the collection it follows in the path (`…/groups/:slug` is the group's slug). */
    const valueOf = (path: string, name: string) => {
      const before = path.split(`:${name}`)[0].split('/').filter(Boolean).pop();
      const values: Record<string, string> = {
        'profiles:slug': profile.slug,
        'authors:profileSlug': profile.slug,
        'posts:slug': published.slug ?? post.slug,
        'groups:slug': group.slug,
        'events:documentId': event.documentId,
        'pages:slug': page.slug,
        'teams:slug': team.slug,
        'call-days:slug': 'identifier-day',
        'phone-banks:documentId': documentIdOf(bankId),
        'checkout:sessionId': 'cs_test_identifiers',
        'campaigns:slug': 'identifier-drive',
        'donations:documentId': gift.documentId,
        'products:slug': product.slug,
        'orders:documentId': order.documentId,
      };
      const value = values[`${before}:${name}`];
      if (!value) throw new Error(`no value for :${name} in ${path}: add one to this test`);
      return encodeURIComponent(value);
    };

    const routes = registeredRoutes(app.strapi, 'content-api').filter((r) => r.method === 'GET' && r.path.startsWith('/api/mymitt-'));
    expect(routes.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const route of routes) {
      const url = parameterNames(route.path).length ? fillPath(route.path, (name) => valueOf(route.path, name)) : route.path;
      const res = await http().get(url).set(as);
      const absentOk = res.status === 404 && MAY_BE_ABSENT.includes(route.path);
      if (res.status >= 300 && !absentOk) problems.push(`${route.path}: ${res.status} ${res.body?.error?.message ?? ''}`);
      const found = numericIdentifiers(res.body);
      if (found.length) problems.push(`${route.path}: numeric ids at ${found.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});
