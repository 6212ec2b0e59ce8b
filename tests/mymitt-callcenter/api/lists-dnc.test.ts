import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin } from '../../helpers/admins';
import { signUpSupporter } from '../../helpers/supporters';
import { PHONE_BANKS, activeBank, createList, csvOf, e164Of, importCsv, manager, phoneOf, setClock } from './helpers';

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
    const offer = await app.http().post(`${PHONE_BANKS}/${bankId}/next`).set(bearer(caller.jwt)).send({});
    await app
      .http()
      .post(`${PHONE_BANKS}/${bankId}/result`)
      .set(bearer(caller.jwt))
      .send({ leaseToken: offer.body.data.leaseToken, disposition: 'talked', answers: { q1: 'yes' }, notes: 'Nice, "friendly"' });
    const res = await app
      .http()
      .get(`/mymitt-callcenter/phone-banks/${bankId}/results.csv`)
      .set(bearer(admin.token))
      .buffer(true)
      .parse((r, cb) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => cb(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const [header, line] = (res.body as string).trim().split('\n');
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

    const exported = await app
      .http()
      .get('/mymitt-callcenter/dnc.csv')
      .set(bearer(admin.token))
      .buffer(true)
      .parse((r, cb) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => cb(null, text));
      });
    const lines = (exported.body as string).trim().split('\n');
    expect(lines[0]).toBe('phone,reason,source,active,updatedAt');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      `${e164Of(8001)},Asked by letter,manager,false`,
      `${e164Of(8002)},Imported,import,true`,
      `${e164Of(8003)},Imported,import,true`,
    ]);
  });
});
