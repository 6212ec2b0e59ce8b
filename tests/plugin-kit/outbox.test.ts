/**
 * The kit's outbox on a booted app and its real database: rows go in with the caller's transaction (or
 * not at all when it rolls back), a key enqueued twice is one item, a failing delivery waits with
 * backoff and then goes once, an item out of attempts is `failed` until staff retry it, and an item a
 * dead instance had claimed waits for its lease to run out.
 */
import { drainOutbox, enqueueOutbox, OUTBOX_TABLE, pruneOutbox, registerOutboxHandler, retryOutboxItem } from '@mymitt/plugin-kit';
import { useStrapi } from '../helpers/strapi';

const app = useStrapi();
const HOUR = 3_600_000;
const delivered: string[] = [];
let failuresLeft = 0;

beforeAll(() => {
  registerOutboxHandler(app.strapi, 'test.kept', async () => undefined, { keepDelivered: true });
  registerOutboxHandler(app.strapi, 'test.refused', async () => {
    throw new Error('550 5.1.1 <ann.romney@example.org>: Recipient address rejected');
  });
  registerOutboxHandler(app.strapi, 'test.record', async (payload: { label: string }) => {
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      throw new Error('downstream is down');
    }
    delivered.push(payload.label);
  });
});

const item = (key: string) => app.strapi.db.connection(OUTBOX_TABLE).where('idempotency_key', key).first();
const enqueue = (key: string, label = key) => enqueueOutbox(app.strapi, [{ handler: 'test.record', key, payload: { label } }]);

describe('the outbox', () => {
  it('writes its row in the caller transaction: a rollback leaves none, a commit one per key', async () => {
    await expect(
      app.strapi.db.transaction(async ({ trx }) => {
        await enqueueOutbox(app.strapi, [{ handler: 'test.record', key: 'tx:rolled-back', payload: { label: 'no' } }], trx);
        throw new Error('the change fails');
      })
    ).rejects.toThrow('the change fails');
    expect(await item('tx:rolled-back')).toBeUndefined();

    await app.strapi.db.transaction(async ({ trx }) => {
      await enqueueOutbox(app.strapi, [{ handler: 'test.record', key: 'tx:committed', payload: { label: 'committed' } }], trx);
      await enqueueOutbox(app.strapi, [{ handler: 'test.record', key: 'tx:committed', payload: { label: 'committed again' } }], trx);
    });
    await drainOutbox(app.strapi);
    expect(delivered.filter((label) => label.startsWith('committed'))).toEqual(['committed']);
    expect(await item('tx:committed')).toMatchObject({ status: 'delivered', attempts: 1, last_error: null });
  });

  it('retries a failed delivery with backoff, then delivers it exactly once', async () => {
    failuresLeft = 1;
    await enqueue('retry:once');
    await drainOutbox(app.strapi);
    const waiting = await item('retry:once');
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, last_error: 'downstream is down' });
    expect(Number(waiting.available_at)).toBeGreaterThan(Date.now() + 20_000);
    expect(delivered).not.toContain('retry:once');

    await drainOutbox(app.strapi); // not due yet: nothing happens
    expect(delivered).not.toContain('retry:once');
    await drainOutbox(app.strapi, { now: Date.now() + HOUR });
    await drainOutbox(app.strapi, { now: Date.now() + 2 * HOUR });
    expect(delivered.filter((label) => label === 'retry:once')).toHaveLength(1);
    expect(await item('retry:once')).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('marks an item failed once its attempts are used, and a staff retry delivers it', async () => {
    failuresLeft = 100;
    await enqueue('retry:exhausted');
    for (let hour = 1; hour <= 12; hour++) await drainOutbox(app.strapi, { now: Date.now() + hour * 2 * HOUR });
    const failed = await item('retry:exhausted');
    expect(failed).toMatchObject({ status: 'failed', attempts: 10 });

    failuresLeft = 0;
    const retried = await retryOutboxItem(app.strapi, Number(failed.id));
    expect(retried.queued).toBe(true);
    await drainOutbox(app.strapi);
    expect(await item('retry:exhausted')).toMatchObject({ status: 'delivered', attempts: 11 });
    expect(delivered.filter((label) => label === 'retry:exhausted')).toHaveLength(1);
    // A delivered item is never queued again.
    expect((await retryOutboxItem(app.strapi, Number(failed.id))).queued).toBe(false);
    expect(await retryOutboxItem(app.strapi, 987654321)).toEqual({ item: null, queued: false });
  });

  it('leaves an item claimed by an instance that died to others only once its lease runs out', async () => {
    const now = Date.now();
    // Enqueued and claimed in one transaction, as if an instance had claimed it and then died.
    await app.strapi.db.transaction(async ({ trx }) => {
      await enqueueOutbox(app.strapi, [{ handler: 'test.record', key: 'lease:held', payload: { label: 'lease:held' } }], trx);
      await trx(OUTBOX_TABLE).where('idempotency_key', 'lease:held').update({ attempts: 1, locked_until: now + 60_000 });
    });
    await drainOutbox(app.strapi);
    expect(delivered).not.toContain('lease:held');
    await drainOutbox(app.strapi, { now: now + 61_000 });
    expect(delivered.filter((label) => label === 'lease:held')).toHaveLength(1);
  });

  it('deletes delivered items 30 days after delivery, and never a pending or failed one, nor a kept record', async () => {
    await enqueue('prune:delivered');
    await enqueueOutbox(app.strapi, [{ handler: 'test.kept', key: 'prune:kept', payload: {} }]);
    await drainOutbox(app.strapi);
    failuresLeft = 1;
    await enqueue('prune:pending');
    await drainOutbox(app.strapi);
    const day = 86_400_000;
    expect(await pruneOutbox(app.strapi, Date.now() + 29 * day)).toBe(0);
    await pruneOutbox(app.strapi, Date.now() + 31 * day);
    expect(await item('prune:delivered')).toBeUndefined();
    expect(await item('prune:pending')).toMatchObject({ status: 'pending' });
    expect(await item('prune:kept')).toMatchObject({ status: 'delivered' });
    expect(await item('lease:held')).toBeUndefined();
  });

  it('leaves an item a worker holds to that worker when staff retry it', async () => {
    const now = Date.now();
    await app.strapi.db.transaction(async ({ trx }) => {
      await enqueueOutbox(app.strapi, [{ handler: 'test.record', key: 'retry:held', payload: { label: 'retry:held' } }], trx);
      await trx(OUTBOX_TABLE).where('idempotency_key', 'retry:held').update({ attempts: 1, locked_until: now + 60_000 });
    });
    const held = await item('retry:held');
    expect((await retryOutboxItem(app.strapi, Number(held.id))).queued).toBe(false);
    expect(Number((await item('retry:held')).locked_until)).toBe(now + 60_000);
  });

  it('keeps a refusal for staff without the address the relay quoted', async () => {
    await enqueueOutbox(app.strapi, [{ handler: 'test.refused', key: 'refused:1', payload: {} }]);
    await drainOutbox(app.strapi);
    expect((await item('refused:1')).last_error).toBe('550 5.1.1 <<address>>: Recipient address rejected');
  });
});
