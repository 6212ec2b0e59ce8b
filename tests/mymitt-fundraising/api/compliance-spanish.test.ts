import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { aDonationBody } from '../../helpers/donation-bodies';
import { useSandboxGateway } from './helpers';

/** The contribution form in Spanish: staff's Spanish legal text, English as the flagged fallback. */
useSandboxGateway();
process.env.DONATE_RATE_LIMIT = 'false';

const app = useStrapi();
const API = '/api/mymitt-fundraising';
const TEXTS = '/mymitt-fundraising/compliance/texts';
const ELECTIONS = 'plugin::mymitt-fundraising.election';
const CONTRIBUTIONS = 'plugin::mymitt-fundraising.contribution';

const form = (query = '') => app.http().get(`${API}/compliance/form${query}`);
const saveTexts = (admin: SignedInAdmin, texts: Record<string, string | null>) =>
  app.http().put(TEXTS).set(bearer(admin.token)).send({ texts });

let finance: SignedInAdmin;
beforeAll(async () => {
  finance = await signInAdmin(app, 'Finance');
});

describe('GET /compliance/form?locale=es', () => {
  it('answers the seeded Spanish affirmations, statements and redesignation sentence, with no fallback', async () => {
    const english = await form();
    expect(english.body.meta).toEqual({ locale: 'en', localeFallback: false, localeFallbackTexts: [] });

    const res = await form('?locale=es');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toMatch(/s-maxage=60/);
    expect(res.body.meta).toEqual({ locale: 'es', localeFallback: false, localeFallbackTexts: [] });
    const { affirmations, bestEffortsStatement, notTaxDeductibleStatement, redesignationConsent } = res.body.data;
    expect(affirmations.items.map((item: any) => item.key)).toEqual(english.body.data.affirmations.items.map((item: any) => item.key));
    expect(affirmations.items.every((item: any) => item.localeFallback === false)).toBe(true);
    expect(affirmations.items[0].text).toMatch(/^Soy ciudadano\/a de los Estados Unidos o residente permanente legal/);
    expect(affirmations.items[3].text).toBe('Tengo por lo menos dieciocho años de edad.');
    expect(bestEffortsStatement).toMatch(/^La ley federal nos exige/);
    expect(notTaxDeductibleStatement).toBe('Las contribuciones a comités políticos no son deducibles de impuestos.');
    // The seeded elections carry Spanish names; the limit is filled in.
    expect(redesignationConsent.text).toMatch(
      /^Si alguna parte de mi contribución supera el límite de \$3,500\.00 para la Elección primaria de \d{4}, acepto .* a la Elección general de \d{4}\.$/
    );
    expect(redesignationConsent.localeFallback).toBe(false);
    // The version names the Spanish wording: not the English version.
    expect(affirmations.version).toMatch(/^2025-11\+es\.[0-9a-f]{12}$/);
    expect(english.body.data.affirmations.version).toBe('2025-11');
    // Everything else is the same form.
    expect(res.body.data.limit).toEqual(english.body.data.limit);
    expect(res.body.data.presetAmountsCents).toEqual(english.body.data.presetAmountsCents);
  });

  it('refuses a locale it does not have, or any other parameter, with 400 invalid_query', async () => {
    for (const query of ['?locale=fr', '?locale=', '?lang=es', '?locale=es&debug=1']) {
      const res = await form(query);
      expect(res.status).toBe(400);
      expect(res.body.error.details.code).toBe('invalid_query');
    }
    const elections = await app.http().get(`${API}/elections?locale=fr`);
    expect(elections.status).toBe(400);
    expect(elections.body.error.details.code).toBe('invalid_query');
  });

  it('GET /elections?locale=es names each election in Spanish, flagging one staff left without a Spanish name', async () => {
    const spanish = await app.http().get(`${API}/elections?locale=es`);
    expect(spanish.status).toBe(200);
    expect(spanish.body.meta).toMatchObject({ locale: 'es', localeFallback: false });
    expect(spanish.body.data.map((e: any) => e.name)).toEqual([
      expect.stringMatching(/^Elección primaria de/),
      expect.stringMatching(/^Elección general de/),
    ]);
    const english = await app.http().get(`${API}/elections`);
    expect(english.body.meta).toMatchObject({ locale: 'en', localeFallback: false });
    expect(english.body.data.map((e: any) => e.nameLocaleFallback)).toEqual([false, false]);

    const [primary] = await app.strapi.db.query(ELECTIONS).findMany({ orderBy: { electionDate: 'asc' } });
    await app.strapi.db.query(ELECTIONS).update({ where: { id: primary.id }, data: { nameEs: null } });
    try {
      const fallback = await app.http().get(`${API}/elections?locale=es`);
      expect(fallback.body.meta.localeFallback).toBe(true);
      expect(fallback.body.data[0]).toMatchObject({ name: primary.name, nameLocaleFallback: true });
      const formFallback = await form('?locale=es');
      expect(formFallback.body.data.redesignationConsent).toMatchObject({ localeFallback: true });
      expect(formFallback.body.data.redesignationConsent.text).toContain(`para la ${primary.name},`);
      expect(formFallback.body.meta).toEqual({ locale: 'es', localeFallback: true, localeFallbackTexts: ['redesignationConsent'] });
    } finally {
      await app.strapi.db.query(ELECTIONS).update({ where: { id: primary.id }, data: { nameEs: primary.nameEs } });
    }
  });
});

describe('GET /elections?locale=es&sort=name', () => {
  it('sorts by the name answered in that locale, then pages', async () => {
    const [primary] = await app.strapi.db.query(ELECTIONS).findMany({ orderBy: { electionDate: 'asc' } });
    await app.strapi.db.query(ELECTIONS).update({ where: { id: primary.id }, data: { nameEs: 'Alfa: elección primaria' } });
    try {
      const names = async (query: string) => (await app.http().get(`${API}/elections?${query}`)).body.data.map((e: any) => e.name);
      expect(await names('locale=es&sort=name')).toEqual(['Alfa: elección primaria', expect.stringMatching(/^Elección general de/)]);
      expect(await names('locale=es&sort=name:desc')).toEqual([expect.stringMatching(/^Elección general de/), 'Alfa: elección primaria']);
      // In English the primary ("2026 primary") sorts after the general ("2026 general").
      expect(await names('sort=name')).toEqual([expect.stringMatching(/ general$/), primary.name]);
      const firstPage = await app.http().get(`${API}/elections?locale=es&sort=name&pagination[pageSize]=1&pagination[page]=2`);
      expect(firstPage.body.data.map((e: any) => e.name)).toEqual([expect.stringMatching(/^Elección general de/)]);
      expect(firstPage.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
    } finally {
      await app.strapi.db.query(ELECTIONS).update({ where: { id: primary.id }, data: { nameEs: primary.nameEs } });
    }
  });
});

describe('Finance writes the Spanish texts in the admin', () => {
  it('an empty Spanish text answers the English one, flagged per text and in meta; the version names the mix', async () => {
    const editor = await app.http().get(TEXTS).set(bearer(finance.token));
    expect(editor.status).toBe(200);
    const { spanish, english, englishVersion } = editor.body.data;
    expect(englishVersion).toBe('2025-11');
    expect(english.ownFunds).toMatch(/^This contribution is made from my own funds/);
    const fullSpanishVersion = (await form('?locale=es')).body.data.affirmations.version;

    const saved = await saveTexts(finance, { ...spanish, ownFunds: '', bestEffortsStatement: null });
    expect(saved.status).toBe(200);
    try {
      const res = await form('?locale=es');
      expect(res.body.meta).toEqual({
        locale: 'es',
        localeFallback: true,
        localeFallbackTexts: ['affirmations.ownFunds', 'bestEffortsStatement'],
      });
      const ownFunds = res.body.data.affirmations.items.find((item: any) => item.key === 'ownFunds');
      expect(ownFunds).toEqual({ key: 'ownFunds', text: english.ownFunds, localeFallback: true });
      expect(res.body.data.affirmations.items[0]).toMatchObject({ localeFallback: false, text: spanish.citizenOrGreenCard });
      expect(res.body.data.bestEffortsStatement).toBe(english.bestEffortsStatement);
      expect(res.body.data.notTaxDeductibleStatement).toBe(spanish.notTaxDeductibleStatement);
      // Other texts shown: another version, which donations may send back.
      const mixedVersion = res.body.data.affirmations.version;
      expect(mixedVersion).toMatch(/^2025-11\+es\.[0-9a-f]{12}$/);
      expect(mixedVersion).not.toBe(fullSpanishVersion);
      expect(saved.body.data.spanishAffirmationsVersion).toBe(mixedVersion);
    } finally {
      expect((await saveTexts(finance, spanish)).status).toBe(200);
    }
    expect((await form('?locale=es')).body.data.affirmations.version).toBe(fullSpanishVersion);
  });

  it('refuses a redesignation sentence without its placeholders, and the web team may not write', async () => {
    const { spanish } = (await app.http().get(TEXTS).set(bearer(finance.token))).body.data;
    const broken = await saveTexts(finance, { ...spanish, redesignationConsent: 'Acepto la redesignación.' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/\{limit\}, \{election\}, \{nextElection\}/);
    const unknownKey = await saveTexts(finance, { ...spanish, preamble: 'Hola' });
    expect(unknownKey.status).toBe(400);

    const webTeam = await signInAdmin(app, 'Web team');
    expect((await saveTexts(webTeam, { ...spanish, atLeast18: 'Tengo 18.' })).status).toBe(403);
    expect((await app.http().get(TEXTS).set(bearer(finance.token))).body.data.spanish).toEqual(spanish);
  });
});

describe('affirmationsVersion of a Spanish form', () => {
  it('a donor who ticked the Spanish texts sends their version; the contribution records it and it proves the wording', async () => {
    const shown = (await form('?locale=es')).body.data.affirmations;
    const res = await app
      .http()
      .post(`${API}/donations`)
      .send({ data: aDonationBody({ affirmationsVersion: shown.version }) });
    expect(res.status).toBe(201);
    const row = await app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { documentId: res.body.data.documentId } });
    expect(row.affirmationsVersion).toBe(shown.version);
    const proved = await app.strapi.plugin('mymitt-fundraising').service('form-texts').affirmationsOf(row.affirmationsVersion);
    expect(Object.values(proved)).toEqual(shown.items.map((item: any) => item.text));

    // A wording staff later replace stays provable, and stays accepted from a form loaded before the change.
    const { spanish } = (await app.http().get(TEXTS).set(bearer(finance.token))).body.data;
    expect((await saveTexts(finance, { ...spanish, atLeast18: 'Tengo dieciocho años o más.' })).status).toBe(200);
    try {
      const older = await app
        .http()
        .post(`${API}/donations`)
        .send({ data: aDonationBody({ affirmationsVersion: shown.version }) });
      expect(older.status).toBe(201);
      const newer = (await form('?locale=es')).body.data.affirmations.version;
      expect(newer).not.toBe(shown.version);
      const proof = await app.strapi.plugin('mymitt-fundraising').service('form-texts').affirmationsOf(newer);
      expect(proof.atLeast18).toBe('Tengo dieciocho años o más.');
    } finally {
      await saveTexts(finance, spanish);
    }
  });

  it('refuses a Spanish-looking version whose wording was never shown with 400 affirmations_version_unknown, writing nothing', async () => {
    const before = await app.strapi.db.query(CONTRIBUTIONS).count();
    for (const affirmationsVersion of ['2025-11+es.000000000000', '2024-01+es.0123456789ab', '2025-11+fr.0123456789ab']) {
      const res = await app
        .http()
        .post(`${API}/donations`)
        .send({ data: aDonationBody({ affirmationsVersion }) });
      expect(res.status).toBe(400);
      expect(res.body.error.details.code).toBe('affirmations_version_unknown');
    }
    expect(await app.strapi.db.query(CONTRIBUTIONS).count()).toBe(before);
  });
});
