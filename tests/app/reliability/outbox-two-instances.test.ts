/**
 * Several app instances share the outbox: each claims due items with one conditional UPDATE (FOR UPDATE
 * SKIP LOCKED on PostgreSQL) and a lease, so 1,000 items drained by two running processes are each
 * delivered exactly once, and both take part.
 */
import type { Knex } from 'knex';
import { startAppProcess, type AppProcess } from '../../helpers/app-process';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { openDatabase } from '../../helpers/database-reader';
import { eventually } from '../../helpers/eventually';

const ITEMS = 1000;
let database: TestDatabase;
let db: Knex;
const instances: AppProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await db?.destroy();
  await database?.drop();
});

const instanceEnv = () => ({ ...database.env, MYMITT_TEST_COUNTING_HANDLER: '1', MYMITT_OUTBOX_POLL_MS: '50' });

describe('two instances on one database', () => {
  it(`drain ${ITEMS} outbox items with none delivered twice`, async () => {
    // The first boot creates the schema; the second starts on it.
    instances.push(await startAppProcess(instanceEnv()));
    db = openDatabase(database);
    await db.schema.createTable('test_outbox_deliveries', (table) => {
      table.increments('id');
      table.string('item_key').notNullable();
      table.string('instance').notNullable();
    });
    instances.push(await startAppProcess(instanceEnv()));

    const now = Date.now();
    const rows = Array.from({ length: ITEMS }, (_, i) => ({
      idempotency_key: `test.count:${i}`,
      handler: 'test.count',
      payload: JSON.stringify({ n: i }),
      status: 'pending',
      attempts: 0,
      available_at: now,
      created_at: now,
      updated_at: now,
    }));
    await db.batchInsert('mymitt_outbox', rows, 200);

    const delivered = await eventually(
      async () => Number((await db('mymitt_outbox').where({ handler: 'test.count', status: 'delivered' }).count({ n: '*' }))[0].n),
      ITEMS,
      60_000
    );
    expect(delivered).toBe(ITEMS);

    const deliveries = await db('test_outbox_deliveries').select('item_key', 'instance');
    expect(deliveries).toHaveLength(ITEMS);
    expect(new Set(deliveries.map((row) => row.item_key)).size).toBe(ITEMS);
    const byInstance = new Set(deliveries.map((row) => row.instance));
    expect([...byInstance].sort()).toEqual(instances.map((instance) => String(instance.pid)).sort());
  });
});
