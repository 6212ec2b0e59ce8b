import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin } from '../../helpers/admins';
import { signUpSupporter } from '../../helpers/supporters';
import { toBody, toForm } from '../../../plugins/mymitt-callcenter/admin/src/utils/phone-bank-form';
import {
  bankUrl,
  activeBank,
  createList,
  csvOf,
  downloadCsv,
  e164Of,
  importCsv,
  manager,
  parseCsv,
  phoneOf,
  postCsvChunked,
  setClock,
} from './helpers';

process.env.AUTH_RATE_LIMIT = 'false';
process.env.CALL_IMPORT_MAX_BYTES = String(1024 * 1024);

const app = useStrapi();
const HEADER = 'name,phone,street,city,state,zip,tags,external_id';
const CONTACTS = 'mymitt_call_contacts';
const MIDDAY = new Date('2026-06-15T18:00:00Z');

afterEach(() => setClock(app, null));

describe('CSV import', () => {
  it('loads the good rows and reports the bad ones by row number', async () => {
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Mixed');
    const csv = csvOf(HEADER, [
      `Ann,(603) 555-0101,1 Main St,Concord,NH,03301,"vol;donor",a1`, // row 2
      `Bad Phone,555-0101,,Concord,NH,03301,,a2`, // row 3
      `No Phone,,,Concord,NH,03301,,a3`, // row 4
      `Ann Twin,603.555.0101,,Concord,NH,03301,,a4`, // row 5: same number → merged
      `Zed,"213-555-0102; 213-555-0103",,Los Angeles,CA,90012,,a5`, // row 6
      `Bad Zip,603-555-0104,,Concord,NH,ABCDE,,a6`, // row 7
      `Bad State,603-555-0105,,Concord,ZZ,03301,,a7`, // row 8
      `No Zip,312-555-0106,,,,,,a8`, // row 9: zone from the area code
    ]);
    const res = await importCsv(app, admin, listId, csv);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      inserted: 3,
      merged: 1,
      rejectedCount: 4,
      rejected: [
        { row: 3, reason: 'invalid phone: 555-0101' },
        { row: 4, reason: 'missing phone' },
        { row: 7, reason: 'invalid zip: ABCDE' },
        { row: 8, reason: 'invalid state: ZZ' },
      ],
    });
    const rows = await app.strapi.db
      .connection(CONTACTS)
      .where({ list_id: listId })
      .orderBy('id')
      .select('name', 'phone', 'other_phones', 'state', 'time_zone', 'status', 'tags');
    expect(rows.map((r: any) => [r.name, r.phone, r.state, r.time_zone, r.status])).toEqual([
      ['Ann', '+16035550101', 'NH', 'America/New_York', 'active'],
      ['Zed', '+12135550102', 'CA', 'America/Los_Angeles', 'active'],
      ['No Zip', '+13125550106', null, 'America/Chicago', 'active'],
    ]);
    const zed = rows[1];
    expect(typeof zed.other_phones === 'string' ? JSON.parse(zed.other_phones) : zed.other_phones).toEqual(['+12135550103']);
    const ann = rows[0];
    expect(typeof ann.tags === 'string' ? JSON.parse(ann.tags) : ann.tags).toEqual(['vol', 'donor']);
  });

  it('imports 2,000 rows with duplicates in one request, and a second import merges them all', async () => {
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Big');
    const rows = Array.from({ length: 2000 }, (_, i) => `Voter ${i},${phoneOf(i % 1800)},${i} Oak St,Concord,NH,03301,tag${i % 3},x${i}`);
    rows[1234] = 'Broken,not-a-phone,,,,,,';
    const first = await importCsv(app, admin, listId, csvOf(HEADER, rows));
    expect(first.body.data).toMatchObject({
      inserted: 1799,
      merged: 200,
      rejectedCount: 1,
      rejected: [{ row: 1236, reason: 'invalid phone: not-a-phone' }],
    });
    expect(Number((await app.strapi.db.connection(CONTACTS).where({ list_id: listId }).count({ n: '*' }))[0].n)).toBe(1799);
    const second = await importCsv(app, admin, listId, csvOf(HEADER, rows));
    expect(second.body.data).toMatchObject({ inserted: 0, merged: 1999, rejectedCount: 1 });
  });

  it('refuses a body that is not text/csv (415), an oversized CSV (413) and staff without lists.manage (403)', async () => {
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Refusals');
    const json = await app.http().post(`/mymitt-callcenter/lists/${listId}/import`).set(bearer(admin.token)).send({ rows: [] });
    expect(json.status).toBe(415);
    const huge = csvOf(
      HEADER,
      Array.from({ length: 20000 }, (_, i) => `Someone with a long name ${i},${phoneOf(i % 9000)},${i} Long Street Name,Concord,NH,03301,,`)
    );
    const tooBig = await importCsv(app, admin, listId, huge);
    expect(tooBig.status).toBe(413);
    expect(Number((await app.strapi.db.connection(CONTACTS).where({ list_id: listId }).count({ n: '*' }))[0].n)).toBe(0);
    const web = await signInAdmin(app, 'Web team');
    expect((await importCsv(app, web, listId, csvOf(HEADER, [`A,${phoneOf(1)},,,,,,`]))).status).toBe(403);
    expect((await app.http().get('/mymitt-callcenter/dnc').set(bearer(web.token))).status).toBe(403);
    expect((await app.http().get('/mymitt-callcenter/phone-banks').set(bearer(web.token))).status).toBe(403);
  });

  it('exports a phone bank’s results as CSV', async () => {
    setClock(app, MIDDAY);
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Export');
    await importCsv(app, admin, listId, csvOf(HEADER, [`Exported,${phoneOf(7001)},,Concord,NH,03301,,ext-7001`]));
    const bankId = await activeBank(app, admin, listId);
    const caller = await signUpSupporter(app);
    const offer = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(bearer(caller.jwt))
      .send({});
    await app
      .http()
      .post(`${bankUrl(bankId)}/result`)
      .set(bearer(caller.jwt))
      .send({ data: { leaseToken: offer.body.data.leaseToken, disposition: 'talked', answers: { q1: 'yes' }, notes: 'Nice, "friendly"' } });
    const res = await downloadCsv(app, `/mymitt-callcenter/phone-banks/${bankId}/results.csv`, admin.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const [header, line] = res.text.trim().split('\r\n');
    expect(header).toBe('result_id,called_at,caller_user_id,external_id,name,phone,disposition,answers,notes,call_back_at');
    expect(line).toContain(`,${caller.user.id},ext-7001,Exported,${e164Of(7001)},talked,"{""q1"":""yes""}","Nice, ""friendly""",`);
    expect((await app.http().get('/mymitt-callcenter/phone-banks/99999/results.csv').set(bearer(admin.token))).status).toBe(404);
  });
});

describe('TEL-03 do-not-call registry', () => {
  it('managers add, list, export, import and correct numbers; every change is audited; corrections return contacts to lists', async () => {
    setClock(app, MIDDAY);
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Registry');
    await importCsv(
      app,
      admin,
      listId,
      csvOf(HEADER, [`Dee,${phoneOf(8001)},,Concord,NH,03301,,`, `Eve,${phoneOf(8002)},,Concord,NH,03301,,`])
    );

    const added = await app
      .http()
      .post('/mymitt-callcenter/dnc')
      .set(bearer(admin.token))
      .send({ phone: '(603) 555-8001', reason: 'Asked by letter' });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({ phone: e164Of(8001), source: 'manager', active: true });
    expect(
      await app.strapi.db
        .connection(CONTACTS)
        .where({ list_id: listId, phone: e164Of(8001) })
        .first('status')
    ).toEqual({ status: 'dnc' });
    expect((await app.http().post('/mymitt-callcenter/dnc').set(bearer(admin.token)).send({ phone: '123' })).status).toBe(400);
    expect(
      (await app.http().post('/mymitt-callcenter/dnc').set(bearer(admin.token)).send({ phone: '6035558001', active: false })).status
    ).toBe(400);

    const imported = await app
      .http()
      .post('/mymitt-callcenter/dnc/import')
      .set(bearer(admin.token))
      .set('Content-Type', 'text/csv')
      .send(csvOf('phone,reason', [phoneOf(8002), 'garbage', phoneOf(8003)]));
    expect(imported.body.data).toEqual({ added: 2, rejected: [{ row: 3, reason: 'invalid phone' }] });
    expect(
      await app.strapi.db
        .connection(CONTACTS)
        .where({ list_id: listId, phone: e164Of(8002) })
        .first('status')
    ).toEqual({ status: 'dnc' });

    const list = await app.http().get('/mymitt-callcenter/dnc?active=true&pageSize=2').set(bearer(admin.token));
    expect(list.body.meta.pagination).toMatchObject({ total: 3, pageSize: 2 });
    expect((await app.http().get('/mymitt-callcenter/dnc?bogus=1').set(bearer(admin.token))).status).toBe(400);

    // A correction needs a note; it returns the contact to its lists.
    expect(
      (
        await app
          .http()
          .post(`/mymitt-callcenter/dnc/${e164Of(8001)}/deactivate`)
          .set(bearer(admin.token))
          .send({})
      ).status
    ).toBe(400);
    const corrected = await app
      .http()
      .post(`/mymitt-callcenter/dnc/${encodeURIComponent(e164Of(8001))}/deactivate`)
      .set(bearer(admin.token))
      .send({ note: 'Typo: the letter asked for 8011' });
    expect(corrected.status).toBe(200);
    expect(corrected.body.data.active).toBe(false);
    expect(
      await app.strapi.db
        .connection(CONTACTS)
        .where({ list_id: listId, phone: e164Of(8001) })
        .first('status')
    ).toEqual({ status: 'active' });
    expect(
      (
        await app
          .http()
          .post(`/mymitt-callcenter/dnc/${e164Of(8001)}/deactivate`)
          .set(bearer(admin.token))
          .send({ note: 'again, twice' })
      ).status
    ).toBe(404);

    const audits = await app
      .http()
      .get(`/mymitt-callcenter/dnc/${encodeURIComponent(e164Of(8001))}/audits`)
      .set(bearer(admin.token));
    expect(audits.body.data.map((a: any) => [a.action, a.actor, a.note])).toEqual([
      ['added', `admin:${admin.id}`, 'Asked by letter'],
      ['deactivated', `admin:${admin.id}`, 'Typo: the letter asked for 8011'],
    ]);

    const exported = await downloadCsv(app, '/mymitt-callcenter/dnc.csv', admin.token);
    const lines = exported.text.trim().split('\r\n');
    expect(lines[0]).toBe('phone,reason,source,active,updatedAt');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      `${e164Of(8001)},Asked by letter,manager,false`,
      `${e164Of(8002)},Imported,import,true`,
      `${e164Of(8003)},Imported,import,true`,
    ]);
  });
});

describe('all-or-nothing CSV imports', () => {
  const TOO_LARGE = {
    data: null,
    error: {
      status: 413,
      name: 'PayloadTooLargeError',
      message: `The CSV is larger than ${1024 * 1024} bytes: nothing was imported`,
      details: {},
    },
  };
  /** `text` cut into 16 kB chunks, as a browser or curl streams a file without announcing its size. */
  const chunksOf = (text: string) =>
    Array.from({ length: Math.ceil(text.length / 16384) }, (_, i) => text.slice(i * 16384, (i + 1) * 16384));

  it('a chunked contact upload that crosses the size limit midway is 413 and leaves no contact of it, live or staged', async () => {
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Chunked too big');
    // ≈ 1.6 MB: some 17,000 rows (8 batches of 2,000) are read before the 1 MB limit is crossed.
    const rows = Array.from(
      { length: 26000 },
      (_, i) => `Chunked Voter ${i},${phoneOf(i % 10000, ['603', '212', '312'][i % 3])},1 Main St,Concord,NH,03301,,`
    );
    const res = await postCsvChunked(app, `/mymitt-callcenter/lists/${listId}/import`, admin.token, chunksOf(csvOf(HEADER, rows)));
    expect(res).toEqual({ status: 413, body: TOO_LARGE });
    expect(Number((await app.strapi.db.connection(CONTACTS).where({ list_id: listId }).count({ n: '*' }))[0].n)).toBe(0);
    const lists = await app.http().get('/mymitt-callcenter/lists').set(bearer(admin.token));
    expect(lists.body.data.find((l: any) => l.id === listId).contacts).toEqual({ active: 0, done: 0, dnc: 0 });

    // The same list then takes a CSV under the limit, sent the same way, whole.
    const small = await postCsvChunked(
      app,
      `/mymitt-callcenter/lists/${listId}/import`,
      admin.token,
      chunksOf(csvOf(HEADER, rows.slice(0, 3000)))
    );
    expect(small.status).toBe(200);
    expect(small.body.data).toMatchObject({ inserted: 3000, merged: 0, rejectedCount: 0 });
    const statuses = await app.strapi.db
      .connection(CONTACTS)
      .where({ list_id: listId })
      .groupBy('status')
      .select('status')
      .count({ n: '*' });
    expect(statuses.map((r: any) => [r.status, Number(r.n)])).toEqual([['active', 3000]]);
    expect(
      Number((await app.strapi.db.connection(CONTACTS).where({ list_id: listId }).whereNotNull('import_key').count({ n: '*' }))[0].n)
    ).toBe(0);
  });

  it('a registry number added while an import streams is loaded as dnc: the registry is read when the rows are published', async () => {
    setClock(app, MIDDAY);
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Registry at publish');
    await app
      .http()
      .post('/mymitt-callcenter/dnc')
      .set(bearer(admin.token))
      .send({ phone: phoneOf(9301), reason: 'Asked' });
    const res = await importCsv(
      app,
      admin,
      listId,
      csvOf(HEADER, [`Kept,${phoneOf(9300)},,Concord,NH,03301,,`, `Out,${phoneOf(9301)},,Concord,NH,03301,,`])
    );
    expect(res.body.data).toMatchObject({ inserted: 2 });
    const rows = await app.strapi.db.connection(CONTACTS).where({ list_id: listId }).orderBy('id').select('phone', 'status');
    expect(rows).toEqual([
      { phone: e164Of(9300), status: 'active' },
      { phone: e164Of(9301), status: 'dnc' },
    ]);
  });

  it('a chunked registry upload past the size limit is 413 and adds no number', async () => {
    const admin = await manager(app);
    const count = async () => Number((await app.strapi.db.connection('mymitt_dnc_entries').count({ n: '*' }))[0].n);
    const before = await count();
    const phones = Array.from({ length: 90000 }, (_, i) => phoneOf(i % 10000, ['207', '802', '413'][i % 3]));
    const res = await postCsvChunked(app, '/mymitt-callcenter/dnc/import', admin.token, chunksOf(csvOf('phone', phones)));
    expect(res).toEqual({ status: 413, body: TOO_LARGE });
    expect(await count()).toBe(before);
  });
});

describe('CSV exports are formula-safe (OWASP CSV injection)', () => {
  const PLANTED = ['=HYPERLINK("http://evil.example","click")', '+1 call me', '-2+3', '@SUM(A1:A9)', '\tTabbed', '\rReturned'];
  /** A cell a spreadsheet would run: starts with = + - @ tab or CR and is not a plain number (our E.164 phones are). */
  const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell);

  it('contact names, external ids and call notes starting with = + - @ tab or CR reach results.csv as text', async () => {
    setClock(app, MIDDAY);
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Formulas');
    const names = ['=HYPERLINK(""http://evil.example"",""x"")', '+1 Ann', '-2+3', '@SUM(A1)', 'Plain Name', 'Other Plain'];
    const csv = csvOf(
      HEADER,
      names.map((name, i) => `"${name}",${phoneOf(9400 + i)},,Concord,NH,03301,,${i === 0 ? '=1+1' : `ext-${i}`}`)
    );
    expect((await importCsv(app, admin, listId, csv)).body.data).toMatchObject({ inserted: 6 });
    const bankId = await activeBank(app, admin, listId);
    const caller = await signUpSupporter(app);
    const notesByPhone = new Map<string, string>();
    for (const note of PLANTED) {
      const offer = await app
        .http()
        .post(`${bankUrl(bankId)}/next`)
        .set(bearer(caller.jwt))
        .send({});
      const saved = await app
        .http()
        .post(`${bankUrl(bankId)}/result`)
        .set(bearer(caller.jwt))
        .send({ data: { leaseToken: offer.body.data.leaseToken, disposition: 'talked', notes: note } });
      expect(saved.status).toBe(201);
      notesByPhone.set(offer.body.data.contact.phone, note);
    }

    const res = await downloadCsv(app, `/mymitt-callcenter/phone-banks/${bankId}/results.csv`, admin.token);
    const [header, ...records] = parseCsv(res.text);
    const column = (record: string[], name: string) => record[header.indexOf(name)];
    expect(records).toHaveLength(6);
    for (const record of records) {
      expect(column(record, 'notes')).toBe(`'${notesByPhone.get(column(record, 'phone'))}`);
      expect(Number(column(record, 'caller_user_id'))).toBe(caller.user.id);
    }
    const byPhone = new Map(records.map((r) => [column(r, 'phone'), r]));
    expect(column(byPhone.get(e164Of(9400))!, 'name')).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(column(byPhone.get(e164Of(9400))!, 'external_id')).toBe(`'=1+1`);
    expect(column(byPhone.get(e164Of(9401))!, 'name')).toBe(`'+1 Ann`);
    expect(column(byPhone.get(e164Of(9402))!, 'name')).toBe(`'-2+3`);
    expect(column(byPhone.get(e164Of(9403))!, 'name')).toBe(`'@SUM(A1)`);
    expect(column(byPhone.get(e164Of(9404))!, 'name')).toBe('Plain Name');
    expect(records.flat().filter(runnable)).toEqual([]);
  });

  it('registry reasons starting with = + - @ tab or CR reach dnc.csv as text', async () => {
    const admin = await manager(app);
    for (const [i, reason] of PLANTED.entries()) {
      const res = await app
        .http()
        .post('/mymitt-callcenter/dnc')
        .set(bearer(admin.token))
        .send({ phone: phoneOf(9500 + i), reason });
      expect(res.status).toBe(201);
    }
    const res = await downloadCsv(app, '/mymitt-callcenter/dnc.csv', admin.token);
    const [header, ...records] = parseCsv(res.text);
    expect(header).toEqual(['phone', 'reason', 'source', 'active', 'updatedAt']);
    const reasons = new Map(records.map((r) => [r[0], r[1]]));
    PLANTED.forEach((reason, i) => expect(reasons.get(e164Of(9500 + i))).toBe(`'${reason}`));
    expect(records.flat().filter(runnable)).toEqual([]);
  });
});

describe('phone-bank builder', () => {
  it('saves the builder’s own bodies with some recontact rules overridden: 201 on create, 200 on update, the rules read back', async () => {
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Builder');
    const lists = (await app.http().get('/mymitt-callcenter/lists').set(bearer(admin.token))).body.data;
    const form = toForm(null, lists);
    form.listId = String(listId);
    form.name = 'Builder bank';
    form.scriptEn = 'Hello from the builder';
    form.rules.no_answer = { mode: 'after', intervalMinutes: 90, maxAttempts: 2 };
    form.rules.busy = { mode: 'never' };
    form.rules.machine = { mode: 'default', maxAttempts: 4 };

    const created = await app.http().post('/mymitt-callcenter/phone-banks').set(bearer(admin.token)).send(toBody(form));
    expect(created.status).toBe(201);
    const rules = { no_answer: { intervalMinutes: 90, maxAttempts: 2 }, busy: { intervalMinutes: null }, machine: { maxAttempts: 4 } };
    expect(created.body.data).toMatchObject({ name: 'Builder bank', listId, status: 'draft', recontactRules: rules });
    const bankId = created.body.data.id;

    // The builder reopens the saved bank, changes one rule and drops another, and saves.
    const banks = (await app.http().get('/mymitt-callcenter/phone-banks').set(bearer(admin.token))).body.data;
    const reopened = toForm(
      banks.find((b: any) => b.id === bankId),
      lists
    );
    expect(reopened.rules.busy).toEqual({ mode: 'never', intervalMinutes: undefined, maxAttempts: undefined });
    reopened.rules.busy = { mode: 'after', intervalMinutes: 30 };
    reopened.rules.machine = { mode: 'default' };
    const updated = await app.http().put(`/mymitt-callcenter/phone-banks/${bankId}`).set(bearer(admin.token)).send(toBody(reopened));
    expect(updated.status).toBe(200);
    const after = { no_answer: { intervalMinutes: 90, maxAttempts: 2 }, busy: { intervalMinutes: 30 } };
    expect(updated.body.data.recontactRules).toEqual(after);
    const row = await app.strapi.db.connection('mymitt_phone_banks').where({ id: bankId }).first('recontact_rules');
    expect(typeof row.recontact_rules === 'string' ? JSON.parse(row.recontact_rules) : row.recontact_rules).toEqual(after);
  });

  it('still refuses an unknown disposition or a malformed rule (400 naming the path)', async () => {
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Builder refusals');
    const post = (recontactRules: unknown) =>
      app.http().post('/mymitt-callcenter/phone-banks').set(bearer(admin.token)).send({ name: 'Refused', listId, recontactRules });
    const refusal = (path: string[]) => ({
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: expect.any(String),
        details: { errors: [expect.objectContaining({ path })] },
      },
    });
    const unknown = await post({ hung_up: { maxAttempts: 2 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual(refusal(['recontactRules', 'hung_up']));
    const malformed = await post({ busy: { maxAttempts: 0 } });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual(refusal(['recontactRules', 'busy', 'maxAttempts']));
    expect(Number((await app.strapi.db.connection('mymitt_phone_banks').where({ list_id: listId }).count({ n: '*' }))[0].n)).toBe(0);
  });
});
