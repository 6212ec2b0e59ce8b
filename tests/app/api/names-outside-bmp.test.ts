import { useStrapi } from '../../helpers/strapi';
import { aDonationBody } from '../../helpers/donation-bodies';
import { bearer } from '../../helpers/admins';
import { signUpSupporter } from '../../helpers/supporters';
import { createList, csvOf, importCsv, manager } from '../../mymitt-callcenter/api/helpers';
import { honorRollName } from '../../../plugins/mymitt-fundraising/server/src/domain/fundraising-pages';
import { defaultDisplayName } from '../../../plugins/mymitt-profiles/server/src/domain/profile-slug';
import { shortName } from '../../../plugins/mymitt-callcenter/server/src/domain/call-day';
import { renderPostBody } from '../../../plugins/mymitt-profiles/server/src/domain/markdown';

/**
 * Names and texts shortened for display (an initial, an excerpt) are cut between graphemes: a last
 * name that starts outside the Basic Multilingual Plane shows whole, never half a surrogate pair.
 */
process.env.STRIPE_SECRET_KEY = '';
process.env.STRIPE_WEBHOOK_SECRET = '';
process.env.STRIPE_API_BASE = '';
process.env.DONATE_RATE_LIMIT = 'false';

const app = useStrapi();
const FUNDRAISING = '/api/mymitt-fundraising';
const PROFILES = '/api/mymitt-profiles';

const FAMILY = '👩‍👩‍👧';
const DOUBLE_STRUCK_A = '𝔸';
const THUMB_DARK = '👍🏿';

/** A lone surrogate survives neither UTF-8 encoding nor JSON: JSON.stringify writes it as `\udXXX`. */
const LONE_SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;
const wellFormed = (text: string) => Buffer.from(text, 'utf8').toString('utf8') === text;

/** A gift paid through the sandbox checkout and its signed webhook, credited to a page. */
async function paidGift(pageSlug: string, firstName: string, lastName: string) {
  const donate = await app
    .http()
    .post(`${FUNDRAISING}/donations`)
    .send(aDonationBody({ amountCents: 2500, firstName, lastName, pageSlug }));
  expect(donate.status).toBe(201);
  const paid = await app
    .http()
    .post(`${new URL(donate.body.data.checkoutUrl).pathname}/complete`)
    .set('Accept', 'application/json');
  expect(paid.status).toBe(200);
  expect(paid.body.data).toMatchObject({ status: 'succeeded' });
}

describe('names outside the Basic Multilingual Plane', () => {
  it('the honor roll shows a whole first grapheme of each last name ("Ann 👩‍👩‍👧.")', async () => {
    const owner = await signUpSupporter(app, { firstName: 'Olivia' });
    const created = await app.http().post(`${FUNDRAISING}/pages`).set(bearer(owner.jwt)).send({ title: 'Names page' });
    expect(created.status).toBe(201);
    const { slug } = created.body.data;

    await paidGift(slug, 'Ann', `${FAMILY}Smith`);
    await paidGift(slug, 'Bea', `${DOUBLE_STRUCK_A}lpha`);
    await paidGift(slug, 'Cy', `${THUMB_DARK} Jones`);

    const page = await app.http().get(`${FUNDRAISING}/pages/${slug}`);
    expect(page.status).toBe(200);
    expect(page.body.data.honorRoll.map((g: any) => g.displayName).sort()).toEqual(
      [`Ann ${FAMILY}.`, `Bea ${DOUBLE_STRUCK_A}.`, `Cy ${THUMB_DARK}.`].sort()
    );
    expect(page.text).not.toMatch(LONE_SURROGATE_ESCAPE);
    for (const gift of page.body.data.honorRoll) expect(wellFormed(gift.displayName)).toBe(true);
  });

  it.each([
    ['a ZWJ family emoji', `${FAMILY}Doe`, FAMILY],
    ['a letter outside the BMP', `${DOUBLE_STRUCK_A}lpha`, DOUBLE_STRUCK_A],
    ['an emoji with a skin-tone modifier', `${THUMB_DARK}Roe`, THUMB_DARK],
  ])('a new profile is named with a whole initial when the last name starts with %s', async (_, lastName, initial) => {
    const supporter = await signUpSupporter(app, { firstName: 'Pat', lastName });

    const me = await app.http().get(`${PROFILES}/profiles/me`).set(bearer(supporter.jwt));
    expect(me.status).toBe(200);
    expect(me.body.data.displayName).toBe(`Pat ${initial}.`);
    expect(me.text).not.toMatch(LONE_SURROGATE_ESCAPE);
    expect(wellFormed(me.body.data.displayName)).toBe(true);
  });

  it('a post excerpt cut next to an emoji keeps the emoji whole', async () => {
    const author = await signUpSupporter(app, { firstName: 'Eve' });
    // 279 letters then emoji: a cut by UTF-16 units would fall inside the first emoji.
    const bodyMarkdown = `${'a'.repeat(278)}${FAMILY.repeat(5)} and more words after it`;
    const res = await app.http().post(`${PROFILES}/posts`).set(bearer(author.jwt)).send({ title: 'Emoji', bodyMarkdown });
    expect(res.status).toBe(201);
    expect(res.body.data.excerpt.endsWith('…')).toBe(true);
    expect(wellFormed(res.body.data.excerpt)).toBe(true);
    expect(res.text).not.toMatch(LONE_SURROGATE_ESCAPE);
  });

  it('a contact import report quotes a refused cell cut between graphemes', async () => {
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Emoji cells');
    const res = await importCsv(
      app,
      admin,
      listId,
      csvOf('name,phone,zip,state', [`Eve,${'1'.repeat(39)}${THUMB_DARK}x,03301,NH`, `Flo,603-555-0199,${'0'.repeat(11)}${FAMILY}0,NH`])
    );
    expect(res.status).toBe(200);
    expect(res.body.data.rejected).toEqual([
      { row: 2, reason: `invalid phone: ${'1'.repeat(39)}${THUMB_DARK}` },
      { row: 3, reason: `invalid zip: ${'0'.repeat(11)}${FAMILY}` },
    ]);
    expect(res.text).not.toMatch(LONE_SURROGATE_ESCAPE);
  });
});

describe('the name and text shorteners each plugin uses', () => {
  it.each([FAMILY, DOUBLE_STRUCK_A, THUMB_DARK])('keep %s whole as an initial', (start) => {
    expect(honorRollName('Ann', `${start}x`)).toBe(`Ann ${start}.`);
    expect(honorRollName('', `${start}x`)).toBe(`${start}.`);
    expect(defaultDisplayName('Pat', `${start}x`)).toBe(`Pat ${start}.`);
    expect(shortName('Cy', `${start}x`)).toBe(`Cy ${start}.`);
  });

  it('still upper-cases a letter initial and cuts excerpts at 280 graphemes', () => {
    expect(honorRollName('Ann', 'romney')).toBe('Ann R.');
    expect(defaultDisplayName('pat', ' doe')).toBe('pat D.');
    const { excerpt } = renderPostBody(`${'b'.repeat(278)}${THUMB_DARK.repeat(10)}`);
    expect(excerpt).toBe(`${'b'.repeat(278)}${THUMB_DARK}…`);
  });
});
