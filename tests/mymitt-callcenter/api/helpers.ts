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
