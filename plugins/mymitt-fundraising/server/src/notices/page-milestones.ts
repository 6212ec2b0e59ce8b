import type { Core } from '@strapi/strapi';
import { noticeContext, onDomainEvent, recipientLocale, sendNotice, sitePageUrl, type NoticeDefinition } from '@mymitt/plugin-kit';
import { formatUsd } from '../domain/money';
import { PLUGIN_ID } from '../plugin-id';
import { PAGE_TABLES } from '../services/pages/page-records';
import { TABLES, totalsFromRow } from '../services/ledger/tables';

export const PAGE_MILESTONE_NOTICE = 'page.milestone';

/** The share of its goal at which a page's owner hears of it, once each, ever. */
export const PAGE_MILESTONES = [50, 100] as const;
export type PageMilestone = (typeof PAGE_MILESTONES)[number];

export interface PageMilestonePayload {
  pageId: number;
  percent: PageMilestone;
  /**
   * The same gift also reached a later milestone: this one is recorded as reached (its outbox key is
   * taken) but says nothing; the owner hears of the later one only.
   */
  passed?: boolean;
}

interface PageRow {
  id: number;
  slug: string;
  title: string;
  goal_cents: number | string;
  owner_user_id: number;
}

const USER_UID = 'plugin::users-permissions.user';

async function pageOf(strapi: Core.Strapi, pageId: number): Promise<PageRow | undefined> {
  return strapi.db.connection(PAGE_TABLES.pages).where('id', pageId).first('id', 'slug', 'title', 'goal_cents', 'owner_user_id');
}

async function netRaisedOf(strapi: Core.Strapi, pageId: number): Promise<number> {
  return totalsFromRow(await strapi.db.connection(TABLES.totals).where('scope', `page:${pageId}`).first()).netCents;
}

/** The milestones a net total has reached against a goal (none without a goal). */
export function milestonesReached(netCents: number, goalCents: number): PageMilestone[] {
  if (!(goalCents > 0)) return [];
  return PAGE_MILESTONES.filter((percent) => netCents * 100 >= percent * goalCents);
}

/** A personal fundraising page's owner hears when the page reaches half its goal, then its goal. */
export const pageMilestoneNotice: NoticeDefinition<PageMilestonePayload> = {
  key: PAGE_MILESTONE_NOTICE,
  transactional: false,
  // The outbox key page:<id>:milestone:<n> is the record that it went: kept past the outbox's pruning.
  keepRecord: true,
  description:
    "To a fundraising page's owner when the page's net total first reaches half its goal, and when it first reaches the goal (once each, ever; a gift reaching both sends the goal's only).",
  placeholders: ['pageTitle', 'pageUrl', 'raised', 'goal', 'percent', 'goalReached'],
  defaults: {
    en: {
      subject:
        '{{#goalReached}}Your page reached its goal!{{/goalReached}}{{^goalReached}}Your page is halfway to its goal{{/goalReached}}',
      body: [
        'Dear {{name}},',
        '{{#goalReached}}Congratulations: your fundraising page "{{pageTitle}}" has reached its goal of {{goal}}. It has raised {{raised}} so far.{{/goalReached}}{{^goalReached}}Your fundraising page "{{pageTitle}}" is halfway to its goal: it has raised {{raised}} of {{goal}}.{{/goalReached}}',
        'Thank you for raising money for {{committeeName}}. Share your page to keep going:\n{{pageUrl}}',
      ].join('\n\n'),
    },
    es: {
      subject:
        '{{#goalReached}}¡Su página alcanzó su meta!{{/goalReached}}{{^goalReached}}Su página va a mitad de camino de su meta{{/goalReached}}',
      body: [
        'Estimado/a {{name}}:',
        '{{#goalReached}}¡Felicidades! Su página de recaudación «{{pageTitle}}» alcanzó su meta de {{goal}}. Ha recaudado {{raised}} hasta ahora.{{/goalReached}}{{^goalReached}}Su página de recaudación «{{pageTitle}}» va a mitad de camino de su meta: ha recaudado {{raised}} de {{goal}}.{{/goalReached}}',
        'Gracias por recaudar fondos para {{committeeName}}. Comparta su página para seguir sumando:\n{{pageUrl}}',
      ].join('\n\n'),
    },
  },

  async load(strapi, payload) {
    if (payload.passed) return null;
    const page = await pageOf(strapi, payload.pageId);
    if (!page) return null;
    const owner = (await strapi.db.query(USER_UID as keyof typeof strapi.contentTypes).findOne({
      where: { id: page.owner_user_id },
      select: ['email', 'firstName', 'blocked'],
    })) as { email?: string | null; firstName?: string | null; blocked?: boolean | null } | null;
    if (!owner?.email || owner.blocked) return null;
    const userId = Number(page.owner_user_id);
    const locale = await recipientLocale(strapi, { userId });
    const { siteUrl } = await noticeContext(strapi);
    return {
      to: { email: owner.email, userId, locale, firstName: owner.firstName },
      vars: {
        pageTitle: page.title,
        pageUrl: sitePageUrl({ siteUrl }, locale, `/fundraise/${page.slug}`),
        raised: formatUsd(await netRaisedOf(strapi, page.id)),
        goal: formatUsd(Number(page.goal_cents)),
        percent: payload.percent,
        goalReached: payload.percent === 100,
      },
    };
  },
};

/**
 * After each gift credited to a page, the milestones its page's net total has reached are queued as
 * notices keyed `page:<id>:milestone:<percent>`: the key is the record that the milestone was reached,
 * so a refund that dips below it and a gift that crosses it again send nothing new. Durable (an outbox
 * row per gift, written with its ledger row), so a crash after the gift never loses the milestone.
 */
export async function recordPageMilestones(strapi: Core.Strapi, event: { contributionId: number; pageId?: number | null }) {
  const pageId = event.pageId ?? (await pageIdOf(strapi, event.contributionId));
  if (!pageId) return;
  if (queuedHere(strapi).has(`${pageId}:100`)) return;
  const page = await pageOf(strapi, pageId);
  if (!page) return;
  const reached = milestonesReached(await netRaisedOf(strapi, pageId), Number(page.goal_cents));
  if (!reached.length || reached.every((percent) => queuedHere(strapi).has(`${pageId}:${percent}`))) return;
  const last = reached[reached.length - 1];
  await strapi.db.transaction(async ({ trx }) => {
    for (const percent of reached) {
      const payload: PageMilestonePayload = { pageId, percent, ...(percent !== last && { passed: true }) };
      await sendNotice(strapi, PAGE_MILESTONE_NOTICE, `page:${pageId}:milestone:${percent}`, payload, trx);
    }
  });
  reached.forEach((percent) => queuedHere(strapi).add(`${pageId}:${percent}`));
}

/** The page milestones this process has queued (`<pageId>:<percent>`): a memo, the outbox keys are the record. */
const queued = new WeakMap<object, Set<string>>();
function queuedHere(strapi: Core.Strapi): Set<string> {
  let set = queued.get(strapi);
  if (!set) queued.set(strapi, (set = new Set()));
  return set;
}

/** Events published before they named their page (queued by an older version) carry only the gift. */
async function pageIdOf(strapi: Core.Strapi, contributionId: number): Promise<number | null> {
  const contribution = await strapi.db.connection(TABLES.contributions).where('id', contributionId).first('page_id');
  return contribution?.page_id ? Number(contribution.page_id) : null;
}

export function listenForPageMilestones(strapi: Core.Strapi) {
  onDomainEvent(strapi, 'mymitt.donation.succeeded', (event) => recordPageMilestones(strapi, event), {
    durable: `${PLUGIN_ID}.page-milestones`,
    // Only a gift credited to a fundraising page can move a page's total, and a page this process has
    // already seen reach its goal has nothing left to announce (the common case on a busy night): no
    // outbox row for those.
    when: (event) =>
      event.fundraiserUserId !== null && event.fundraiserUserId !== undefined && !(event.pageId && queuedHere(strapi).has(`${event.pageId}:100`)),
  });
}
