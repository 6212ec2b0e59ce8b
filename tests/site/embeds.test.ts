import { useStrapi } from '../helpers/strapi';
import { signInAdmin } from '../helpers/admins';
import { contentManager } from '../helpers/content-manager';
import { aDonationBody } from '../helpers/donation-bodies';

process.env.STRIPE_SECRET_KEY = '';
process.env.STRIPE_WEBHOOK_SECRET = '';
process.env.STRIPE_API_BASE = '';
process.env.DONATE_RATE_LIMIT = 'false';

const app = useStrapi();
const CAMPAIGNS = 'plugin::mymitt-fundraising.fundraising-campaign';
const DAY_MS = 24 * 3600 * 1000;

const html = (url: string) => app.http().get(url).set('Accept', 'text/html');

describe('Action Center embeds read live records through the public API', () => {
  beforeAll(async () => {
    const campaign = await app.strapi.db.query(CAMPAIGNS).create({
      data: {
        name: 'Spring drive',
        nameEs: 'Campaña de primavera',
        slug: 'spring-drive',
        goalCents: 1_000_000,
        startsAt: new Date(Date.now() - DAY_MS),
        endsAt: new Date(Date.now() + 30 * DAY_MS),
        defaultPageGoalCents: 50_000,
      },
    });
    expect(campaign.slug).toBe('spring-drive');

    const cm = contentManager(app, (await signInAdmin(app, 'Web team')).token);
    const embed = { __component: 'blocks.embed', kind: 'fundraising-campaign', recordId: 'spring-drive', caption: 'Every dollar counts' };
    await cm.publishedPage('spring', { title: 'Spring', blocks: [embed] }, { title: 'Primavera', blocks: [embed] });
  });

  it("shows a drive's thermometer in each language, and a gift as soon as it is paid", async () => {
    const before = await html('/pages/spring');
    expect(before.status).toBe(200);
    expect(before.text).toContain('<h2 class="card__title">Spring drive</h2>');
    expect(before.text).toContain('$0 raised of $10,000');
    expect(before.text).toContain('href="/donate?campaign=spring-drive"');
    expect(before.text).toContain('Every dollar counts');

    const es = await html('/es/pages/spring');
    expect(es.text).toContain('Campaña de primavera');
    expect(es.text).toContain('$0 recaudados de $10,000');

    const started = await app
      .http()
      .post('/api/mymitt-fundraising/donations')
      .send({ data: aDonationBody({ amountCents: 2500 }) });
    expect(started.status).toBe(201);
    // The sandbox's Pay button; the gift lands in the drive that is running (the ledger's campaign scope).
    const paid = await app.http().post(`${new URL(started.body.data.checkoutUrl).pathname}/complete`).set('Accept', 'application/json');
    expect(paid.body.data).toMatchObject({ status: 'succeeded' });

    const after = await html('/pages/spring');
    expect(after.text).toContain('$25 raised of $10,000');
  });
});
