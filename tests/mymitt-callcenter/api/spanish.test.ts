import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { bearer } from '../../helpers/admins';
import {
  CALL_DAYS,
  activeBank,
  bankUrl,
  callOnce,
  createCallDay,
  createList,
  csvOf,
  e164Of,
  importCsv,
  manager,
  phoneOf,
  setClock,
} from './helpers';

process.env.AUTH_RATE_LIMIT = 'false';
process.env.CALL_NEXT_RATE_LIMIT_MAX = '10000';

const app = useStrapi();
const HEADER = 'name,phone,state,zip,language';
/** 14:00 in New Hampshire: its contacts are callable. */
const MIDDAY = new Date('2026-06-15T18:00:00Z');
const CONTACTS = 'mymitt_call_contacts';
const auth = (s: SignedInSupporter) => ({ Authorization: `Bearer ${s.jwt}` });

const SCRIPT_EN = 'Hi, this is a volunteer with the campaign.';
const SCRIPT_ES = 'Hola, le llama un voluntario de la campaña.';
const QUESTIONS = [
  {
    id: 'q1',
    type: 'single',
    label: 'Support?',
    labelEs: '¿Apoya?',
    options: [
      { value: 'yes', label: 'Yes', labelEs: 'Sí' },
      { value: 'no', label: 'No' },
    ],
  },
  { id: 'q2', type: 'text', label: 'Anything else?' },
];

const next = (bankId: number, who: SignedInSupporter) =>
  app
    .http()
    .post(`${bankUrl(bankId)}/next`)
    .set(auth(who))
    .send({});

/** A list of New Hampshire contacts with the given language cells (603-555-<from…>) and an active bank on it. */
async function bankSpeaking(name: string, from: number, languages: string[], bank: Record<string, unknown>) {
  const admin = await manager(app);
  const listId = await createList(app, admin, name);
  const rows = languages.map((language, i) => `Voter ${from + i},${phoneOf(from + i)},NH,03301,${language}`);
  const imported = await importCsv(app, admin, listId, csvOf(HEADER, rows));
  expect(imported.body.data).toMatchObject({ inserted: languages.length, rejected: [] });
  return activeBank(app, admin, listId, { name, ...bank });
}

afterEach(() => setClock(app, null));

describe('contacts by language', () => {
  it('the CSV import reads a language column (en, es, English, Spanish, Español, any case); an unknown language refuses the row', async () => {
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Languages');
    const cells = ['es', 'ENGLISH', 'Spanish', 'español', 'En', '', 'French'];
    const rows = cells.map((language, i) => `Voter ${i},${phoneOf(8500 + i)},NH,03301,${language}`);
    const res = await importCsv(app, admin, listId, csvOf('name,phone,state,zip,Language', rows));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      inserted: 6,
      rejected: [{ row: 8, reason: 'invalid language: French (en, es, English or Spanish)' }],
      rejectedCount: 1,
    });
    const stored = await app.strapi.db.connection(CONTACTS).where({ list_id: listId }).orderBy('phone').select('phone', 'language');
    expect(stored).toEqual([
      { phone: e164Of(8500), language: 'es' },
      { phone: e164Of(8501), language: 'en' },
      { phone: e164Of(8502), language: 'es' },
      { phone: e164Of(8503), language: 'es' },
      { phone: e164Of(8504), language: 'en' },
      { phone: e164Of(8505), language: null },
    ]);
  });

  it('a Spanish-speaking contact is offered the Spanish script and Spanish labels, others English; both scripts stay in the offer', async () => {
    setClock(app, MIDDAY);
    const bankId = await bankSpeaking('Bilingual bank', 8600, ['es', 'en', '', 'Español'], {
      scriptEn: SCRIPT_EN,
      scriptEs: SCRIPT_ES,
      questions: QUESTIONS,
    });
    const maria = await signUpSupporter(app);
    const john = await signUpSupporter(app);
    const nobody = await signUpSupporter(app);

    const spanish = await next(bankId, maria);
    expect(spanish.status).toBe(200);
    expect(spanish.body.meta).toEqual({ locale: 'es' });
    expect(spanish.body.data).toMatchObject({
      language: 'es',
      contact: { phone: e164Of(8600), language: 'es' },
      phoneBank: { script: SCRIPT_ES, scriptLanguage: 'es', scriptFallback: false, scriptEn: SCRIPT_EN, scriptEs: SCRIPT_ES },
    });
    expect(spanish.body.data.phoneBank.questions).toEqual([
      {
        id: 'q1',
        type: 'single',
        label: '¿Apoya?',
        labelEn: 'Support?',
        labelEs: '¿Apoya?',
        labelFallback: false,
        options: [
          { value: 'yes', label: 'Sí', labelEn: 'Yes', labelEs: 'Sí', labelFallback: false },
          // No Spanish written for this choice: the English label stands in, flagged.
          { value: 'no', label: 'No', labelEn: 'No', labelEs: null, labelFallback: true },
        ],
      },
      { id: 'q2', type: 'text', label: 'Anything else?', labelEn: 'Anything else?', labelEs: null, labelFallback: true },
    ]);
    // The same offer again from /current.
    const current = await app
      .http()
      .get(`${bankUrl(bankId)}/current`)
      .set(auth(maria));
    expect(current.body).toEqual({ data: spanish.body.data, meta: { locale: 'es' } });

    const english = await next(bankId, john);
    expect(english.body.meta).toEqual({ locale: 'en' });
    expect(english.body.data).toMatchObject({
      language: 'en',
      contact: { phone: e164Of(8601), language: 'en' },
      phoneBank: { script: SCRIPT_EN, scriptLanguage: 'en', scriptFallback: false, scriptEs: SCRIPT_ES },
    });
    expect(english.body.data.phoneBank.questions[0]).toMatchObject({ label: 'Support?', labelEs: '¿Apoya?', labelFallback: false });
    expect(english.body.data.phoneBank.questions[0].options[0]).toMatchObject({ label: 'Yes', labelFallback: false });

    // No language on file: English, and the contact's language says so.
    const unknown = await next(bankId, nobody);
    expect(unknown.body.data).toMatchObject({
      language: 'en',
      contact: { phone: e164Of(8602), language: null },
      phoneBank: { script: SCRIPT_EN },
    });

    // Save and next: the following offer is in its own contact's language.
    const saved = await app
      .http()
      .post(`${bankUrl(bankId)}/result`)
      .set(auth(john))
      .send({ data: { leaseToken: english.body.data.leaseToken, disposition: 'talked', answers: { q1: 'yes' }, next: true } });
    expect(saved.status).toBe(201);
    expect(saved.body.data.next).toMatchObject({
      language: 'es',
      contact: { phone: e164Of(8603), language: 'es' },
      phoneBank: { script: SCRIPT_ES, questions: [expect.objectContaining({ label: '¿Apoya?' }), expect.anything()] },
    });
  });

  it('a bank without a Spanish script offers Spanish-speaking contacts the English one, flagged', async () => {
    setClock(app, MIDDAY);
    const bankId = await bankSpeaking('English-only bank', 8700, ['es'], { scriptEn: SCRIPT_EN });
    const res = await next(bankId, await signUpSupporter(app));
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ locale: 'es' });
    expect(res.body.data).toMatchObject({
      language: 'es',
      contact: { language: 'es' },
      phoneBank: { script: SCRIPT_EN, scriptLanguage: 'en', scriptFallback: true, scriptEn: SCRIPT_EN, scriptEs: null },
    });
    expect(res.body.data.phoneBank.questions[0]).toMatchObject({ label: 'Support?', labelEs: null, labelFallback: true });
  });

  it('staff save Spanish labels on questions and options; an overlong one is a 400 naming its path; banks without them stay valid', async () => {
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Label checks');
    const bankId = await activeBank(app, admin, listId, { questions: QUESTIONS });
    const saved = (await app.http().get('/mymitt-callcenter/phone-banks').set(bearer(admin.token))).body.data.find(
      (bank: any) => bank.id === bankId
    );
    expect(saved.questions[0].labelEs).toBe('¿Apoya?');
    expect(saved.questions[0].options[0]).toEqual({ value: 'yes', label: 'Yes', labelEs: 'Sí' });

    const tooLong = [{ ...QUESTIONS[0], options: [{ value: 'yes', label: 'Yes', labelEs: 'S'.repeat(201) }] }];
    const refused = await app.http().put(`/mymitt-callcenter/phone-banks/${bankId}`).set(bearer(admin.token)).send({ questions: tooLong });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.error.details)).toContain('labelEs');

    // A bank saved before Spanish labels existed: the same questions without them are still taken.
    const plain = [{ id: 'q1', type: 'single', label: 'Support?', options: [{ value: 'yes', label: 'Yes' }] }];
    expect(
      (await app.http().put(`/mymitt-callcenter/phone-banks/${bankId}`).set(bearer(admin.token)).send({ questions: plain })).status
    ).toBe(200);
  });
});

describe('call days in Spanish', () => {
  it('locale=es answers the Spanish name and description, English standing in (flagged) where staff wrote none', async () => {
    setClock(app, new Date('2026-06-15T18:00:00Z'));
    const admin = await manager(app);
    const bankId = await bankSpeaking('Call day bank', 8800, ['es'], {});
    // Only this bank's calls count (the file's other tests call at the same hour).
    const window = {
      startsAt: '2026-06-15T17:00:00.000Z',
      endsAt: '2026-06-15T21:00:00.000Z',
      status: 'published',
      phoneBankIds: [bankId],
    };
    const bilingual = await createCallDay(app, admin, {
      name: 'Super Saturday',
      nameEs: 'Súper sábado',
      description: 'Call New Hampshire',
      descriptionEs: 'Llame a New Hampshire',
      slug: 'es-super-saturday',
      ...window,
    });
    expect(bilingual.status).toBe(201);
    expect(
      (await createCallDay(app, admin, { name: 'English only', description: 'Just English', slug: 'es-english-only', ...window })).status
    ).toBe(201);
    const caller = await signUpSupporter(app, { firstName: 'Rosa', lastName: 'Caller' });
    expect(
      (
        await app
          .http()
          .post(`${CALL_DAYS}/es-super-saturday/join`)
          .set(auth(caller))
          .send({ data: { state: 'NH', showOnLeaderboard: true } })
      ).status
    ).toBe(201);
    await callOnce(app, caller.jwt, bankId);

    const days = await app.http().get(`${CALL_DAYS}?locale=es`);
    expect(days.status).toBe(200);
    const bySlug = Object.fromEntries(days.body.data.map((day: any) => [day.slug, day]));
    expect(bySlug['es-super-saturday']).toMatchObject({
      name: 'Súper sábado',
      description: 'Llame a New Hampshire',
      localeFallback: false,
    });
    expect(bySlug['es-english-only']).toMatchObject({ name: 'English only', description: 'Just English', localeFallback: true });
    expect(days.body.meta).toMatchObject({ locale: 'es', localeFallback: true });

    const inEnglish = await app.http().get(CALL_DAYS);
    expect(inEnglish.body.data.find((day: any) => day.slug === 'es-super-saturday')).toMatchObject({
      name: 'Super Saturday',
      description: 'Call New Hampshire',
      localeFallback: false,
    });
    expect(inEnglish.body.meta).toMatchObject({ locale: 'en', localeFallback: false });

    const progress = await app.http().get(`${CALL_DAYS}/es-super-saturday/progress?locale=es`);
    expect(progress.status).toBe(200);
    expect(progress.body.data).toMatchObject({
      name: 'Súper sábado',
      description: 'Llame a New Hampshire',
      calls: 1,
      localeFallback: false,
    });
    expect(progress.body.meta).toEqual({ locale: 'es', localeFallback: false });
    // The cached totals serve both languages.
    expect((await app.http().get(`${CALL_DAYS}/es-super-saturday/progress`)).body.data).toMatchObject({ name: 'Super Saturday', calls: 1 });
    const fallback = await app.http().get(`${CALL_DAYS}/es-english-only/progress?locale=es`);
    expect(fallback.body).toMatchObject({
      data: { name: 'English only', localeFallback: true },
      meta: { locale: 'es', localeFallback: true },
    });

    const board = await app.http().get(`${CALL_DAYS}/es-super-saturday/leaderboard?locale=es`);
    expect(board.status).toBe(200);
    expect(board.body.meta).toMatchObject({
      callDay: { slug: 'es-super-saturday', name: 'Súper sábado' },
      locale: 'es',
      localeFallback: false,
    });
    expect(board.body.data).toEqual([{ rank: 1, name: 'Rosa C.', state: 'NH', calls: 1, conversations: 1 }]);

    for (const path of [
      `${CALL_DAYS}?locale=fr`,
      `${CALL_DAYS}/es-super-saturday/progress?locale=fr`,
      `${CALL_DAYS}/es-super-saturday/progress?lang=es`,
      `${CALL_DAYS}/es-super-saturday/leaderboard?locale=ES`,
    ]) {
      const res = await app.http().get(path);
      expect({ path, status: res.status, code: res.body.error?.details?.code }).toEqual({ path, status: 400, code: 'invalid_query' });
    }
  });
});
