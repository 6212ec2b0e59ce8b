/**
 * Mail deliveries in the admin (GET /mymitt-profiles/outbox, POST /mymitt-profiles/outbox/:id/retry, RBAC
 * `deliveries.manage`): a notice the mail server kept refusing is listed as failed with its last error;
 * staff's retry delivers it exactly once; a delivered item is a 409, an unknown one a 404; roles without the
 * action get 403. Over real SMTP, with one attempt per item before it fails (MYMITT_OUTBOX_MAX_ATTEMPTS=1).
 */
import { enqueueOutbox, OUTBOX_TABLE, registerNotice, sendNotice } from '@mymitt/plugin-kit';
import { eventually } from '../../helpers/eventually';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { useSmtpMailbox } from '../../helpers/smtp-mailbox';
import { useStrapi } from '../../helpers/strapi';

process.env.MYMITT_OUTBOX_MAX_ATTEMPTS = '1';

const mailbox = useSmtpMailbox();
const app = useStrapi();
const KEY = 'test.call-day-invitation';
const EMAIL = 'caller@example.org';

let web: SignedInAdmin;
let finance: SignedInAdmin;
let callCenter: SignedInAdmin;

beforeAll(async () => {
  registerNotice(app.strapi, {
    key: KEY,
    transactional: true,
    description: 'test',
    placeholders: [],
    defaults: { en: { subject: 'Join our call day', body: 'Hi {{name}}.' }, es: { subject: 'Únete a nuestro día de llamadas', body: 'Hola {{name}}.' } },
    async load(_strapi, payload: { email: string }) {
      return { to: { email: payload.email, locale: 'en' }, vars: {} };
    },
  });
  [web, finance, callCenter] = await Promise.all([signInAdmin(app, 'Web team'), signInAdmin(app, 'Finance'), signInAdmin(app, 'Call center manager')]);
});

const list = (token: string, query = '') => app.http().get(`/mymitt-profiles/outbox${query}`).set(bearer(token));
const retry = (token: string, id: number | string) => app.http().post(`/mymitt-profiles/outbox/${id}/retry`).set(bearer(token)).send({});
const row = (key: string) => app.strapi.db.connection(OUTBOX_TABLE).where('idempotency_key', key).first();
const ITEM_KEY = `notice:${KEY}:invite:1`;

describe('mail deliveries (admin)', () => {
  it('lists a notice the mail server refused as failed, with its last error and the counts', async () => {
    mailbox.setOutage(true);
    try {
      await sendNotice(app.strapi, KEY, 'invite:1', { email: EMAIL });
      // The worker tries it right after the commit; with one attempt allowed, it fails for good.
      expect(await eventually(async () => (await row(ITEM_KEY))?.status, 'failed')).toBe('failed');
    } finally {
      mailbox.setOutage(false);
    }

    const res = await list(web.token);
    expect(res.status).toBe(200);
    expect(res.body.meta).toMatchObject({ status: 'failed', pagination: { page: 1, pageSize: 25, pageCount: 1, total: 1 } });
    expect(res.body.meta.counts).toMatchObject({ failed: 1 });
    const [item] = res.body.data;
    expect(item).toEqual({
      id: expect.any(Number),
      handler: `notice:${KEY}`,
      key: ITEM_KEY,
      status: 'failed',
      attempts: 1,
      lastError: expect.stringContaining('451'),
      createdAt: expect.any(String),
      nextAttemptAt: null,
      deliveredAt: null,
    });
    // Never the payload (it may name a donor).
    expect(JSON.stringify(res.body)).not.toContain(EMAIL);
    expect(mailbox.to(EMAIL)).toEqual([]);
  });

  it("staff's retry delivers it exactly once; a second retry is a 409, an unknown item a 404", async () => {
    const { id } = await row(ITEM_KEY);
    const res = await retry(web.token, id);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: Number(id), key: ITEM_KEY, status: 'pending', lastError: expect.stringContaining('451') });

    const mail = await mailbox.waitFor((m) => m.to.includes(EMAIL));
    expect(mail.subject).toBe('Join our call day');
    expect(await eventually(async () => (await row(ITEM_KEY)).status, 'delivered')).toBe('delivered');
    expect(await row(ITEM_KEY)).toMatchObject({ attempts: 2, last_error: null });

    const again = await retry(web.token, id);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ data: null, error: { status: 409, details: { code: 'already_delivered' } } });
    expect((await retry(web.token, 987654321)).status).toBe(404);
    expect((await retry(web.token, 'not-a-number')).status).toBe(404);
    expect(mailbox.to(EMAIL)).toHaveLength(1);

    const delivered = await list(web.token, '?status=delivered');
    expect(delivered.body.data.map((d: any) => d.key)).toContain(ITEM_KEY);
    expect(delivered.body.data.find((d: any) => d.key === ITEM_KEY)).toMatchObject({ status: 'delivered', deliveredAt: expect.any(String) });
    expect((await list(web.token)).body.data.map((d: any) => d.key)).not.toContain(ITEM_KEY);
  });

  it('filters retrying and pending items, pages, and refuses an unknown filter', async () => {
    // An item waiting for its next attempt after an error (as the worker leaves it), due in an hour.
    const later = Date.now() + 3_600_000;
    await enqueueOutbox(app.strapi, [{ handler: 'test.parked', key: 'test:parked:1', payload: {}, availableAt: later }]);
    await enqueueOutbox(app.strapi, [{ handler: 'test.parked', key: 'test:parked:2', payload: {}, availableAt: later }]);
    await app.strapi.db.connection(OUTBOX_TABLE).where('idempotency_key', 'test:parked:1').update({ attempts: 1, last_error: 'connection reset' });

    const retrying = await list(finance.token, '?status=retrying');
    expect(retrying.status).toBe(200);
    expect(retrying.body.data.map((d: any) => d.key)).toEqual(['test:parked:1']);
    expect(retrying.body.data[0]).toMatchObject({ status: 'pending', lastError: 'connection reset', nextAttemptAt: new Date(later).toISOString() });
    expect(retrying.body.meta.counts).toMatchObject({ retrying: 1, failed: 0 });

    const pending = await list(finance.token, '?status=pending&pageSize=1');
    expect(pending.body.data).toHaveLength(1);
    expect(pending.body.meta.pagination).toMatchObject({ pageSize: 1, total: 2, pageCount: 2 });
    const second = await list(finance.token, '?status=pending&pageSize=1&page=2');
    expect([pending.body.data[0].key, second.body.data[0].key].sort()).toEqual(['test:parked:1', 'test:parked:2']);

    const all = await list(web.token, '?status=all&pageSize=100');
    expect(all.body.meta.pagination.total).toBe(
      Object.entries(all.body.meta.counts as Record<string, number>)
        .filter(([status]) => status !== 'retrying')
        .reduce((sum, [, count]) => sum + count, 0)
    );

    for (const query of ['?status=lost', '?pageSize=1000', '?handler=x']) expect((await list(web.token, query)).status).toBe(400);
  });

  it('is for roles with deliveries.manage only', async () => {
    expect((await list(callCenter.token)).status).toBe(403);
    const { id } = await row(ITEM_KEY);
    expect((await retry(callCenter.token, id)).status).toBe(403);
    expect((await app.http().get('/mymitt-profiles/outbox')).status).toBe(401);
    expect((await list(finance.token)).status).toBe(200);
  });
});
