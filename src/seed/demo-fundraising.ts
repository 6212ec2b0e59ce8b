import type { Core } from '@strapi/strapi';
import { demoSupporterIds } from './demo-supporters';

const PLUGIN = 'mymitt-fundraising';
const CAMPAIGN_UID = 'plugin::mymitt-fundraising.fundraising-campaign';
const PAGE_UID = 'plugin::mymitt-fundraising.fundraising-page';
const TEAM_UID = 'plugin::mymitt-fundraising.fundraising-team';
const CONTRIBUTION_UID = 'plugin::mymitt-fundraising.contribution';
const DAY_MS = 24 * 60 * 60 * 1000;

const DRIVE = {
  slug: 'road-to-tampa',
  name: 'Road to Tampa',
  nameEs: 'Camino a Tampa',
  goalCents: 500_000,
  presetAmountsCents: [2500, 5000, 10000, 25000],
  defaultPageGoalCents: 100_000,
};

const PAGES = [
  {
    owner: 'Maria',
    slug: 'maria-for-mitt',
    title: 'Maria for Mitt in Las Vegas',
    story: 'I run a small bakery on Fremont Street. Help me raise **$1,000** for the Nevada campaign.',
    goalCents: 100_000,
    state: 'NV',
    update: 'Halfway there! Thank you to everyone who came to the bake sale.',
  },
  {
    owner: 'James',
    slug: 'concord-for-mitt',
    title: 'Concord for Mitt',
    story: 'Forty years of teaching in Concord. New Hampshire votes first: let us make it count.',
    goalCents: 150_000,
    state: 'NH',
    update: null,
  },
  {
    owner: 'Aisha',
    slug: 'detroit-jobs-for-mitt',
    title: 'Detroit engineers for Mitt',
    story: 'Engineers and autoworkers for a jobs plan that works for Michigan.',
    goalCents: 75_000,
    state: 'MI',
    update: null,
  },
];

const TEAM = { slug: 'granite-state-team', name: 'Granite State team', captain: 'James', goalCents: 300_000, members: ['Aisha'] };

const DONORS = {
  Maria: { street: '1200 Fremont Street', city: 'Las Vegas', state: 'NV', zip: '89101', occupation: 'Baker', employer: 'Self-employed' },
  James: { street: '12 School Street', city: 'Concord', state: 'NH', zip: '03301', occupation: 'Teacher', employer: 'Retired' },
  Aisha: { street: '400 Woodward Avenue', city: 'Detroit', state: 'MI', zip: '48201', occupation: 'Engineer', employer: 'General Motors' },
  Tom: { street: '80 SW 8th Street', city: 'Miami', state: 'FL', zip: '33101', occupation: 'Student', employer: 'Not employed' },
} as const;

/** Each gift: who gives (a demo supporter, or a guest), how much, and to which page. `ref` keeps a second run from giving again. */
const GIFTS = [
  { ref: 'demo-seed-1', donor: 'Maria', amountCents: 2500, page: 'concord-for-mitt' },
  { ref: 'demo-seed-2', donor: 'James', amountCents: 10000, page: 'maria-for-mitt' },
  { ref: 'demo-seed-3', donor: 'Aisha', amountCents: 5000, page: 'concord-for-mitt' },
  { ref: 'demo-seed-4', donor: 'Tom', amountCents: 2500, page: 'detroit-jobs-for-mitt' },
  {
    ref: 'demo-seed-5',
    guest: { firstName: 'Ann', lastName: 'Baxter', email: 'ann.baxter@example.org' },
    amountCents: 25000,
    page: 'maria-for-mitt',
  },
  {
    ref: 'demo-seed-6',
    guest: { firstName: 'Bill', lastName: 'Moreno', email: 'bill.moreno@example.org' },
    amountCents: 5000,
    page: 'concord-for-mitt',
  },
  { ref: 'demo-seed-7', guest: { firstName: 'Grace', lastName: 'Liu', email: 'grace.liu@example.org' }, amountCents: 10000, page: null },
] as const;

const AFFIRMATIONS = { citizenOrGreenCard: true, ownFunds: true, ownPersonalCard: true, atLeast18: true, notFederalContractor: true };
const GUEST_ADDRESS = {
  street: '77 Beacon Street',
  city: 'Boston',
  state: 'MA',
  zip: '02108',
  occupation: 'Accountant',
  employer: 'Beacon Partners',
};

const service = (strapi: Core.Strapi, name: string) => strapi.plugin(PLUGIN).service(name);

/**
 * The event the payment gateway sends once a checkout is paid; applied by the ledger's own webhook code,
 * so the ledger rows, totals, thermometers and receipts are the ones a real gift makes.
 */
function paidEvent(contribution: { id: number; checkoutSessionId: string; amountCents: number | string }, now: Date) {
  const token = String(contribution.checkoutSessionId).replace(/^cs_sandbox_/, '');
  return {
    id: `evt_sandbox_${token}_completed`,
    object: 'event',
    api_version: '2025-09-30.clover',
    created: Math.floor(now.getTime() / 1000),
    livemode: false,
    type: 'checkout.session.completed',
    data: {
      object: {
        id: contribution.checkoutSessionId,
        object: 'checkout.session',
        mode: 'payment',
        client_reference_id: String(contribution.id),
        amount_total: Number(contribution.amountCents),
        currency: 'usd',
        metadata: { contributionId: String(contribution.id) },
        status: 'complete',
        payment_status: 'paid',
        payment_intent: `pi_sandbox_${token}`,
      },
    },
  };
}

/**
 * A running fundraising drive, published personal pages of three demo supporters (one team of two),
 * and paid gifts through the checkout and the ledger (skipped unless payments run on the offline
 * sandbox: the seed never charges a real card). Each part is skipped when its slug or reference exists.
 */
export async function seedDemoFundraising(strapi: Core.Strapi, now = new Date()) {
  const report = { drives: 0, pages: 0, teams: 0, gifts: 0, giftCents: 0 };
  const byName = await demoSupporterIds(strapi);

  if (!(await strapi.db.query(CAMPAIGN_UID).findOne({ where: { slug: DRIVE.slug } }))) {
    await strapi.documents(CAMPAIGN_UID as any).create({
      data: { ...DRIVE, startsAt: new Date(now.getTime() - 7 * DAY_MS), endsAt: new Date(now.getTime() + 90 * DAY_MS) } as any,
    });
    report.drives += 1;
  }

  const pages = service(strapi, 'pages');
  for (const { owner, update, ...page } of PAGES) {
    if (!byName[owner] || (await strapi.db.query(PAGE_UID).findOne({ where: { slug: page.slug } }))) continue;
    const created = await pages.create(byName[owner], page);
    if (created.status === 'pending') await pages.approve(created.documentId);
    if (update) await pages.postUpdate(byName[owner], created.documentId, update);
    report.pages += 1;
  }

  if (byName[TEAM.captain] && !(await strapi.db.query(TEAM_UID).findOne({ where: { slug: TEAM.slug } }))) {
    const captainPage = await strapi.db.query(PAGE_UID).findOne({ where: { ownerUserId: byName[TEAM.captain] }, select: ['documentId'] });
    await service(strapi, 'page-teams').create(byName[TEAM.captain], {
      name: TEAM.name,
      slug: TEAM.slug,
      goalCents: TEAM.goalCents,
      ...(captainPage ? { pageDocumentId: captainPage.documentId } : {}),
    });
    for (const member of TEAM.members) {
      const page =
        byName[member] && (await strapi.db.query(PAGE_UID).findOne({ where: { ownerUserId: byName[member] }, select: ['documentId'] }));
      if (page) await pages.joinTeam(byName[member], page.documentId, TEAM.slug);
    }
    report.teams += 1;
  }

  const payments = service(strapi, 'payments');
  if (payments.gateway() !== 'sandbox') return report;
  const ledger = service(strapi, 'ledger');
  const { affirmationsVersion } = await service(strapi, 'form-texts').localized('en');
  for (const gift of GIFTS) {
    if (await strapi.db.query(CONTRIBUTION_UID).findOne({ where: { refcode: gift.ref }, select: ['id'] })) continue;
    const supporter = 'donor' in gift ? gift.donor : null;
    if (supporter && !byName[supporter]) continue;
    const donor = supporter
      ? {
          firstName: supporter,
          lastName: DEMO_LAST_NAMES[supporter],
          email: `${supporter.toLowerCase()}.${DEMO_LAST_NAMES[supporter].toLowerCase()}@demo.mymitt.org`,
          ...DONORS[supporter],
        }
      : { ...('guest' in gift ? gift.guest : {}), ...GUEST_ADDRESS };
    const page = gift.page ? await pages.forDonation(gift.page) : null;
    const started = await payments.startCheckout({
      purpose: 'donation',
      donor: { ...donor, country: 'US', affirmations: AFFIRMATIONS, affirmationsVersion },
      amountCents: gift.amountCents,
      userId: supporter ? byName[supporter] : null,
      attribution: { pageId: page?.id ?? null, campaignId: page?.campaignId ?? null, refcode: gift.ref },
      origin: 'http://localhost:1337',
      now,
    });
    const contribution = await ledger.findContribution(started.contributionId);
    await ledger.applyStripeEvent(paidEvent(contribution, now), now);
    report.gifts += 1;
    report.giftCents += gift.amountCents;
  }
  return report;
}

const DEMO_LAST_NAMES: Record<keyof typeof DONORS, string> = { Maria: 'Lopez', James: 'Carter', Aisha: 'Khan', Tom: 'Nguyen' };
