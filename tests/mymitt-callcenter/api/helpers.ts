import type { TestApp } from '../../helpers/strapi';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';

export const PHONE_BANKS = '/api/mymitt-callcenter/phone-banks';

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
  return res.body.data.id as number;
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
  const next = await app.http().post(`${PHONE_BANKS}/${bankId}/next`).set(bearer(jwt)).send({});
  if (next.status !== 200 || !next.body.data) throw new Error(`next: ${next.status} ${JSON.stringify(next.body)}`);
  const res = await app
    .http()
    .post(`${PHONE_BANKS}/${bankId}/result`)
    .set(bearer(jwt))
    .send({ leaseToken: next.body.data.leaseToken, disposition });
  if (res.status !== 201) throw new Error(`result: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: number; disposition: string; contactStatus: string };
}

/** A call day as a manager writes it in the content manager. */
export function createCallDay(app: TestApp, admin: SignedInAdmin, data: Record<string, unknown>) {
  return app.http().post(`/content-manager/collection-types/${CALL_DAY_UID}`).set(bearer(admin.token)).send(data);
}
