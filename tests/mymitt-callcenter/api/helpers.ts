import { request as httpRequest } from 'http';
import type { AddressInfo } from 'net';
import type { TestApp } from '../../helpers/strapi';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';

export const PHONE_BANKS = '/api/mymitt-callcenter/phone-banks';

/** documentId of each bank the tests created through the admin API (which names banks by numeric id). */
const bankDocumentIds = new Map<number, string>();

/** The content-API documentId of a bank created by `activeBank`/`bankWithContacts`. */
export function documentIdOf(bankId: number) {
  const documentId = bankDocumentIds.get(bankId);
  if (!documentId) throw new Error(`bank ${bankId} was not created through activeBank`);
  return documentId;
}

/** The caller loop's URL of a bank (`…/phone-banks/<documentId>`), from its numeric id. */
export const bankUrl = (bankId: number) => `${PHONE_BANKS}/${documentIdOf(bankId)}`;

/** The plugin's clock (a service tests may set; production cannot). */
export function setClock(app: TestApp, at: Date | null) {
  app.strapi.plugin('mymitt-callcenter').service('clock').setForTests(at);
}

export const manager = (app: TestApp) => signInAdmin(app, 'Call center manager');

export const csvOf = (header: string, rows: string[]) => [header, ...rows].join('\n') + '\n';

export async function createList(app: TestApp, admin: SignedInAdmin, name: string) {
  const res = await app.http().post('/mymitt-callcenter/lists').set(bearer(admin.token)).send({ name });
  if (res.status !== 201) throw new Error(`list: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.id as number;
}

/**
 * POSTs a CSV with chunked transfer encoding (no Content-Length, so the server cannot refuse it up
 * front), one chunk at a time, and resolves with the status and parsed JSON body. Chunks the server no
 * longer reads after it answered are dropped.
 */
export function postCsvChunked(app: TestApp, path: string, token: string, chunks: string[]) {
  const { port } = app.strapi.server.httpServer.address() as AddressInfo;
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      }
    );
    req.on('error', reject);
    let answered = false;
    req.on('response', () => (answered = true));
    const writeNext = (i: number) => {
      if (answered || i === chunks.length) return req.end();
      req.write(chunks[i], () => setImmediate(() => writeNext(i + 1)));
    };
    writeNext(0);
  });
}

/** The text of a CSV download. */
export async function downloadCsv(app: TestApp, path: string, token: string) {
  const res = await app
    .http()
    .get(path)
    .set(bearer(token))
    .buffer(true)
    .parse((r, cb) => {
      let text = '';
      r.on('data', (c: Buffer) => (text += c.toString()));
      r.on('end', () => cb(null, text));
    });
  return { status: res.status, headers: res.headers, text: res.body as string };
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks), to read exports cell by cell. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (record.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      records.push([...record, cell]);
      ((record = []), (cell = ''), (i += 1));
    } else cell += c;
  }
  if (cell || record.length) records.push([...record, cell]);
  return records;
}

export async function importCsv(app: TestApp, admin: SignedInAdmin, listId: number, csv: string) {
  return app.http().post(`/mymitt-callcenter/lists/${listId}/import`).set(bearer(admin.token)).set('Content-Type', 'text/csv').send(csv);
}

export async function activeBank(app: TestApp, admin: SignedInAdmin, listId: number, extra: Record<string, unknown> = {}) {
  const res = await app
    .http()
    .post('/mymitt-callcenter/phone-banks')
    .set(bearer(admin.token))
    .send({
      name: `Bank ${listId}`,
      listId,
      status: 'active',
      scriptEn: 'Hi, this is a volunteer…',
      questions: [
        {
          id: 'q1',
          type: 'single',
          label: 'Support?',
          options: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
        },
      ],
      ...extra,
    });
  if (res.status !== 201) throw new Error(`bank: ${res.status} ${JSON.stringify(res.body)}`);
  const bankId = res.body.data.id as number;
  const row = await app.strapi.db.connection('mymitt_phone_banks').where({ id: bankId }).first('document_id');
  bankDocumentIds.set(bankId, row.document_id);
  return bankId;
}

/** A valid fictional NANP number from an index (603-555-xxxx, New Hampshire). */
export const phoneOf = (i: number, area = '603') => `${area}-555-${String(i).padStart(4, '0')}`;
export const e164Of = (i: number, area = '603') => `+1${area}555${String(i).padStart(4, '0')}`;

export const CALL_DAYS = '/api/mymitt-callcenter/call-days';
export const CALL_DAY_UID = 'plugin::mymitt-callcenter.call-day';
const NH_HEADER = 'name,phone,street,city,state,zip,tags,external_id';

/** A list of `count` New Hampshire contacts (603-555-<from…>) and an active bank on it. */
export async function bankWithContacts(
  app: TestApp,
  admin: SignedInAdmin,
  name: string,
  from: number,
  count: number,
  extra: Record<string, unknown> = {}
) {
  const listId = await createList(app, admin, name);
  const rows = Array.from({ length: count }, (_, i) => `Voter ${from + i},${phoneOf(from + i)},1 Main St,Concord,NH,03301,,`);
  const res = await importCsv(app, admin, listId, csvOf(NH_HEADER, rows));
  if (res.body?.data?.inserted !== count) throw new Error(`import: ${res.status} ${JSON.stringify(res.body)}`);
  return activeBank(app, admin, listId, { name, ...extra });
}

/** One call by a supporter: lease the next contact, record `disposition`; returns the result. */
export async function callOnce(app: TestApp, jwt: string, bankId: number, disposition = 'talked') {
  const next = await app
    .http()
    .post(`${bankUrl(bankId)}/next`)
    .set(bearer(jwt))
    .send({});
  if (next.status !== 200 || !next.body.data) throw new Error(`next: ${next.status} ${JSON.stringify(next.body)}`);
  const res = await app
    .http()
    .post(`${bankUrl(bankId)}/result`)
    .set(bearer(jwt))
    .send({ data: { leaseToken: next.body.data.leaseToken, disposition } });
  if (res.status !== 201) throw new Error(`result: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { documentId: string; disposition: string; contactStatus: string };
}

/** A call day as a manager writes it in the content manager. */
export function createCallDay(app: TestApp, admin: SignedInAdmin, data: Record<string, unknown>) {
  return app.http().post(`/content-manager/collection-types/${CALL_DAY_UID}`).set(bearer(admin.token)).send(data);
}
