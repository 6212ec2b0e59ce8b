/**
 * "Nothing a supporter did is ever lost": the receipt and the activity row of a gift are outbox rows
 * written in the webhook's transaction. An app process killed (SIGKILL) after that commit and before it
 * delivers them leaves them in the database; the next process to start delivers each exactly once.
 * The first process runs with its worker off (MYMITT_OUTBOX_WORKER=off), which puts the kill between
 * commit and delivery every time rather than by luck of timing.
 */
import type { Knex } from 'knex';
import { startAppProcess } from '../../helpers/app-process';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { openDatabase } from '../../helpers/database-reader';
import { aDonationBody } from '../../helpers/donation-bodies';
import { eventually } from '../../helpers/eventually';
import { useSmtpMailbox } from '../../helpers/smtp-mailbox';
import { signUpSupporter } from '../../helpers/supporters';

const mailbox = useSmtpMailbox();
let database: TestDatabase;
let db: Knex;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

/** The sandbox gateway (no Stripe keys), no donate rate limit, the test database and mailbox. */
const appEnv = (extra: Record<string, string> = {}) => ({
  ...database.env,
  STRIPE_SECRET_KEY: '',
  STRIPE_WEBHOOK_SECRET: '',
  STRIPE_API_BASE: '',
  DONATE_RATE_LIMIT: 'false',
  SITE_URL: 'https://site.campaign.test',
  ...extra,
});

const outboxRows = () => db('mymitt_outbox').select('handler', 'status', 'attempts');

describe('a crash between the webhook commit and delivery', () => {
  it('loses nothing: after a restart the receipt and the activity row arrive, once each', async () => {
    const donorEmail = `crash-donor-${Date.now()}@example.org`;
    const first = await startAppProcess(appEnv({ MYMITT_OUTBOX_WORKER: 'off' }));
    let supporterId: number;
    try {
      const supporter = await signUpSupporter(first);
      supporterId = supporter.user.id;
      const started = await first
        .http()
        .post('/api/mymitt-fundraising/donations')
        .set('Authorization', `Bearer ${supporter.jwt}`)
        .send({ data: aDonationBody({ email: donorEmail, amountCents: 5000 }) });
      expect(started.status).toBe(201);
      const paid = await first.http().post(`${new URL(started.body.data.checkoutUrl).pathname}/complete`).set('Accept', 'application/json');
      // The webhook answered 200: its transaction, outbox rows included, has committed.
      expect(paid.body.data.webhookStatuses).toEqual(expect.arrayContaining([200]));
      expect(paid.body.data.webhookStatuses.every((status: number) => status === 200)).toBe(true);
    } finally {
      await first.crash();
    }

    db = openDatabase(database);
    const pending = await outboxRows();
    expect(pending.map((row) => row.handler)).toEqual(
      expect.arrayContaining(['event:mymitt.donation.succeeded:mymitt-fundraising.receipt', 'event:mymitt.donation.succeeded:mymitt-profiles.activity'])
    );
    expect(pending.every((row) => row.status === 'pending' && Number(row.attempts) === 0)).toBe(true);
    expect(mailbox.to(donorEmail)).toHaveLength(0);
    expect(await db('mymitt_activities').where('user_id', supporterId!)).toHaveLength(0);

    const second = await startAppProcess(appEnv());
    try {
      await mailbox.waitFor((message) => message.envelopeTo.includes(donorEmail), 30_000);
      const undelivered = await eventually(async () => (await outboxRows()).filter((row) => row.status !== 'delivered').length, 0, 30_000);
      expect(undelivered).toBe(0);
    } finally {
      await second.stop();
    }

    expect(mailbox.to(donorEmail)).toHaveLength(1);
    const receipts = await db('mymitt_receipts').where('email', donorEmail);
    expect(receipts.map((row) => row.status)).toEqual(['sent']);
    const activity = await db('mymitt_activities').where('user_id', supporterId!);
    expect(activity).toHaveLength(1);
    expect(activity[0].kind).toMatch(/^donation/);
  });
});
