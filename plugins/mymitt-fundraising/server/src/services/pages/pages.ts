import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  conflict,
  createTtlCache,
  publishDomainEvent,
  renderSupporterMarkdown,
  type ListQuery,
  forbidden,
} from '@mymitt/plugin-kit';
import { applyKnexFilters, engineOrderBy, engineWhere } from '../../utils/list-query';
import { leaderboardKey, rankAt } from './leaderboard-list';
import { honorRollName, pageGoalCents, PUBLIC_PAGE_STATUSES, RESERVED_PAGE_SLUGS, thermometer } from '../../domain/fundraising-pages';
import type { CreatePageBody, UpdatePageBody } from '../../validators/pages';
import type { ContributionRecord } from '../ledger/tables';
import { getService } from '../../utils/get-service';
import { createRenderedCache, renderJson, type RenderedJson } from './rendered-cache';
import { PAGE_TABLES, PAGE_UID, PAGE_UPDATE_UID, pageRecords, TEAM_UID } from './page-records';

/**
 * How long a public page answer may be served from memory. A ledger row of the page committed on this
 * instance drops it at once; another instance of a multi-instance deployment shows it within this time.
 */
export const PUBLIC_PAGE_TTL_SECONDS = 5;
/** Leaderboards are recomputed at most this often (also their CDN s-maxage). */
export const PAGE_LEADERBOARD_TTL_SECONDS = 30;

/**
 * An expired answer whose page, totals and updates did not change (one cheap query) is kept without
 * re-rendering, up to this age; then it is rendered again (owner names, team names, disclaimer).
 */
const FULL_RENDER_MAX_AGE_MS = 60_000;
const HONOR_ROLL_SIZE = 50;
const UPDATES_SHOWN = 20;
const DASHBOARD_GIFTS = 200;

interface PageRow {
  id: number;
  documentId: string;
  ownerUserId: number;
  slug: string;
  title: string;
  story: string | null;
  storyHtml: string | null;
  goalCents: number | string;
  campaignId: number | null;
  teamId: number | null;
  status: 'pending' | 'published' | 'rejected' | 'closed';
  rejectionReason: string | null;
  state: string | null;
  createdAt: string;
  image?: { url: string; alternativeText?: string | null; width?: number | null; height?: number | null } | null;
}

/** `this` of a knex join callback: the join clause. */
type JoinOn = { on(clause: unknown): unknown };

/** An update of a page as its public answer reads it (mymitt_fundraising_page_updates). */
interface PageUpdateRow {
  html: string | null;
  created_at: Date | number | string;
}

/** A published page of the leaderboard with its net raised (pages joined to ledger totals). */
interface RankedPageRow {
  id: number;
  slug: string;
  title: string;
  state: string | null;
  goal_cents: number | string;
  owner_user_id: number;
  raised_cents: number | string;
}

const imageView = (image: PageRow['image']) =>
  image
    ? { url: image.url, alternativeText: image.alternativeText ?? null, width: image.width ?? null, height: image.height ?? null }
    : null;

/** 409 for a write the page's status does not allow: `page_closed`, `page_rejected` or `page_pending`. */
const pageIs = (page: Pick<PageRow, 'status'>, consequence: string) =>
  conflict(`This page is ${page.status}; ${consequence}.`, { code: `page_${page.status}`, status: page.status });

/**
 * `getService('pages')`: supporters' fundraising pages (create, edit, close, updates, teams membership,
 * dashboard), the public page with its ledger thermometer and honor roll, page leaderboards and staff
 * moderation. Pages are attribution only (FEC-13): they never hold money, the ledger does.
 */
const pages = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = pageRecords(strapi);
  const query = () => strapi.db.query(PAGE_UID);
  const rendered = createRenderedCache(PUBLIC_PAGE_TTL_SECONDS * 1000);
  const leaderboards = createTtlCache<{ entries: unknown[]; total: number }>(PAGE_LEADERBOARD_TTL_SECONDS * 1000);
  /** The last full render of each slug with the fingerprint it was made from (see FULL_RENDER_MAX_AGE_MS). */
  const lastRenders = new Map<string, { fingerprint: string; renderedAt: number; rendered: RenderedJson | null }>();
  /** Page owners never change: the fundraiser resolver keeps them. */
  const ownerOfPage = new Map<number, number | null>();

  /** The caller's page, or 404 when there is none, 403 when it is someone else's (SEC-01). */
  async function ownPage(userId: number, documentId: string): Promise<PageRow> {
    const page = (await query().findOne({ where: { documentId } })) as PageRow | null;
    if (!page) throw new errors.NotFoundError('No such fundraising page.');
    if (page.ownerUserId !== userId) throw forbidden('Only the owner of this page can change it.', { code: 'not_owner' });
    return page;
  }

  function forgetPublic(page: Pick<PageRow, 'slug' | 'id'>) {
    rendered.forget(`page:${page.slug}`);
    rendered.forgetPage(page.id);
  }

  async function announcePublished(page: PageRow) {
    await publishDomainEvent(strapi, 'mymitt.page.created', {
      sourceId: page.documentId,
      userId: page.ownerUserId,
      pageId: page.id,
      slug: page.slug,
      campaignId: page.campaignId ?? null,
      occurredAt: new Date().toISOString(),
    });
  }

  async function teamOf(teamId: number | null) {
    if (!teamId) return null;
    const team = await strapi.db.query(TEAM_UID).findOne({ where: { id: teamId }, select: ['slug', 'name'] });
    return team ? { slug: team.slug as string, name: team.name as string } : null;
  }

  /** What the owner sees of their page: everything but the owner id, plus figures and donors. */
  async function ownerView(page: PageRow) {
    const [totals, donorCount, gifts, team] = await Promise.all([
      records.totalsOfPages([page.id]),
      records.donorCount([page.id]),
      records.giftsOfPage(page.id, { limit: DASHBOARD_GIFTS, publicOnly: false }),
      teamOf(page.teamId),
    ]);
    const t = totals.get(page.id)!;
    return {
      documentId: page.documentId,
      slug: page.slug,
      title: page.title,
      story: page.story ?? '',
      storyHtml: page.storyHtml ?? '',
      status: page.status,
      rejectionReason: page.status === 'rejected' ? (page.rejectionReason ?? null) : null,
      goalCents: Number(page.goalCents),
      state: page.state,
      team,
      thermometer: thermometer(t.netCents, Number(page.goalCents), donorCount, t.giftCount),
      // The owner sees who gave, as far as donors allowed: an anonymous gift is "Anonymous" with its amount.
      donors: gifts.map((gift) => ({
        name: gift.anonymous ? 'Anonymous' : `${gift.firstName ?? ''} ${gift.lastName ?? ''}`.trim(),
        anonymous: gift.anonymous,
        amountCents: gift.netCents,
        givenAt: gift.givenAt,
      })),
    };
  }

  /**
   * What a public page shows changes only with its row (edits, status, team), its ledger totals (every
   * money movement, and so every honor-roll change) and its updates: one indexed query reads them all.
   */
  async function fingerprintOf(slug: string): Promise<string> {
    const knex = strapi.db.connection;
    const scope = strapi.db.dialect.client === 'postgres' ? `'page:' || cast(p.id as text)` : `'page:' || p.id`;
    const row = await knex(`${PAGE_TABLES.pages} as p`)
      .leftJoin('mymitt_money_totals as t', function (this: JoinOn) {
        this.on(knex.raw(`t.scope = ${scope}`));
      })
      .where('p.slug', slug)
      .first(
        'p.id',
        'p.updated_at',
        'p.status',
        'p.team_id',
        't.net_cents',
        't.raised_cents',
        't.gift_count',
        knex.raw(`(select max(u.id) from ${PAGE_TABLES.updates} as u where u.page_id = p.id) as last_update_id`)
      );
    if (!row) return 'none';
    const updatedAt = row.updated_at instanceof Date ? row.updated_at.getTime() : String(row.updated_at);
    return [row.id, updatedAt, row.status, row.team_id, row.net_cents, row.raised_cents, row.gift_count, row.last_update_id].join('|');
  }

  /** The public answer of one page: re-used when its fingerprint is unchanged and young enough, else rendered. */
  async function publicAnswer(slug: string, now = Date.now()): Promise<RenderedJson | null> {
    const fingerprint = await fingerprintOf(slug);
    const last = lastRenders.get(slug);
    if (last && last.fingerprint === fingerprint && now - last.renderedAt < FULL_RENDER_MAX_AGE_MS) return last.rendered;
    const rendered = await renderPublic(slug);
    if (lastRenders.size >= 10_000) lastRenders.delete(lastRenders.keys().next().value as string);
    lastRenders.set(slug, { fingerprint, renderedAt: now, rendered });
    return rendered;
  }

  /** Renders the public answer of one page, serialized once (see the cache above). */
  async function renderPublic(slug: string): Promise<RenderedJson | null> {
    const page = (await query().findOne({
      where: { slug, status: { $in: [...PUBLIC_PAGE_STATUSES] } },
      populate: { image: true },
    })) as PageRow | null;
    if (!page) return null;
    const [totals, donorCount, gifts, names, team, updates, committee] = await Promise.all([
      records.totalsOfPages([page.id]),
      records.donorCount([page.id]),
      records.giftsOfPage(page.id, { limit: HONOR_ROLL_SIZE, publicOnly: true }),
      records.publicNames([page.ownerUserId]),
      teamOf(page.teamId),
      strapi.db
        .connection(PAGE_TABLES.updates)
        .where('page_id', page.id)
        .orderBy('id', 'desc')
        .limit(UPDATES_SHOWN)
        .select('html', 'created_at'),
      committeeDisclaimer(),
    ]);
    const t = totals.get(page.id)!;
    const goalCents = Number(page.goalCents);
    return renderJson(
      {
        data: {
          documentId: page.documentId,
          slug: page.slug,
          title: page.title,
          storyHtml: page.storyHtml ?? '',
          image: imageView(page.image),
          owner: { displayName: names.get(page.ownerUserId) },
          goalCents,
          status: page.status,
          isClosed: page.status === 'closed',
          state: page.state,
          team,
          thermometer: thermometer(t.netCents, goalCents, donorCount, t.giftCount),
          // Non-anonymous gifts only, as "First L." and amount (SEC-03).
          honorRoll: gifts.map((gift) => ({
            displayName: honorRollName(gift.firstName, gift.lastName),
            amountCents: gift.netCents,
            givenAt: gift.givenAt,
          })),
          updates: (updates as PageUpdateRow[]).map((u) => ({ html: u.html ?? '', postedAt: new Date(u.created_at).toISOString() })),
        },
        meta: committee,
      },
      [page.id]
    );
  }

  /** The committee's "Paid for by" line every public page carries (FEC-15), from the app's settings. */
  async function committeeDisclaimer() {
    const service = strapi.service('api::committee-setting.committee-setting') as
      | { current(): Promise<{ disclaimer?: string | null; committeeName?: string | null } | null> }
      | undefined;
    const settings = service ? await service.current() : null;
    return { disclaimer: settings?.disclaimer ?? null, committeeName: settings?.committeeName ?? null };
  }

  return {
    /** Creates the caller's page: live at once, or pending while staff approval is required. */
    async create(userId: number, body: CreatePageBody) {
      if (body.slug && RESERVED_PAGE_SLUGS.includes(body.slug)) {
        throw new errors.ValidationError(`"${body.slug}" is reserved; choose another address.`, { code: 'slug_reserved', slug: body.slug });
      }
      const [settings, campaign, state] = await Promise.all([
        getService('page-settings').get(),
        getService('compliance-config').activeCampaign(),
        body.state ? Promise.resolve(body.state) : records.profileState(userId),
      ]);
      const story = body.story ?? '';
      const page = await records.createWithSlug<PageRow>(PAGE_UID, body.title, body.slug, {
        ownerUserId: userId,
        title: body.title,
        story,
        storyHtml: renderSupporterMarkdown(story),
        goalCents: pageGoalCents(body.goalCents, campaign?.defaultPageGoalCents),
        campaignId: campaign?.id ?? null,
        status: settings.pagesNeedApproval ? 'pending' : 'published',
        state,
      });
      if (page.status === 'published') await announcePublished(page);
      return ownerView(page);
    },

    async update(userId: number, documentId: string, body: UpdatePageBody) {
      const page = await ownPage(userId, documentId);
      if (page.status === 'closed' || page.status === 'rejected') throw pageIs(page, 'it can no longer be edited');
      const data: Record<string, unknown> = { ...body };
      if (body.story !== undefined) data.storyHtml = renderSupporterMarkdown(body.story);
      const updated = (await query().update({ where: { id: page.id }, data })) as PageRow;
      forgetPublic(page);
      return ownerView(updated);
    },

    /** Closes the page: it stays readable with its figures, takes no edits or updates. */
    async close(userId: number, documentId: string) {
      const page = await ownPage(userId, documentId);
      if (page.status === 'closed') return ownerView(page);
      if (page.status !== 'published' && page.status !== 'pending') throw pageIs(page, 'it cannot be closed');
      const updated = (await query().update({ where: { id: page.id }, data: { status: 'closed' } })) as PageRow;
      forgetPublic(page);
      return ownerView(updated);
    },

    async postUpdate(userId: number, documentId: string, text: string) {
      const page = await ownPage(userId, documentId);
      if (page.status !== 'published') throw pageIs(page, 'updates can be posted on a published page only');
      const update = await strapi.db
        .query(PAGE_UPDATE_UID)
        .create({ data: { pageId: page.id, body: text, html: renderSupporterMarkdown(text) } });
      forgetPublic(page);
      return { html: update.html as string, postedAt: new Date(update.createdAt).toISOString() };
    },

    /** Puts the caller's page into a team (a page is in one team at most). */
    async joinTeam(userId: number, documentId: string, teamSlug: string) {
      const page = await ownPage(userId, documentId);
      if (page.status === 'rejected' || page.status === 'closed') throw pageIs(page, 'it cannot join a team');
      const team = await strapi.db.query(TEAM_UID).findOne({ where: { slug: teamSlug }, select: ['id', 'slug'] });
      if (!team) throw new errors.NotFoundError(`No team "${teamSlug}".`, { code: 'team_not_found', teamSlug });
      const updated = (await query().update({ where: { id: page.id }, data: { teamId: team.id } })) as PageRow;
      forgetPublic(page);
      return ownerView(updated);
    },

    async leaveTeam(userId: number, documentId: string) {
      const page = await ownPage(userId, documentId);
      const updated = (await query().update({ where: { id: page.id }, data: { teamId: null } })) as PageRow;
      forgetPublic(page);
      return ownerView(updated);
    },

    /** One page of the caller's pages in the list's order (newest first by default), each with its figures and donors. */
    async mine(userId: number, list: ListQuery) {
      const where = { $and: [{ ownerUserId: userId }, engineWhere(list.filters)] };
      const [found, total] = await Promise.all([
        query().findMany({ where, orderBy: engineOrderBy(list.sort), offset: list.offset, limit: list.limit }) as Promise<PageRow[]>,
        list.withCount ? query().count({ where }) : Promise.resolve(0),
      ]);
      return { pages: await Promise.all(found.map(ownerView)), total };
    },

    /** GET /pages/:slug: the serialized public answer (cached, see PUBLIC_PAGE_TTL_SECONDS), or null. */
    publicPage(slug: string) {
      return rendered.get(`page:${slug}`, () => publicAnswer(slug));
    },

    /** A ledger row of this page committed: its public answers are stale. */
    forgetPageMoney(pageId: number) {
      rendered.forgetPage(pageId);
    },

    /** The shared cache of public answers (teams use it too). */
    renderedCache: rendered,

    /**
     * Published pages ranked by net raised (ledger totals), nationally or in the filtered states: one page
     * of the ranking in the list's order, each with its rank, and the number of pages ranked.
     */
    leaderboard(list: ListQuery) {
      return leaderboards.get(leaderboardKey(list), async () => {
        const knex = strapi.db.connection;
        const scope = strapi.db.dialect.client === 'postgres' ? `'page:' || cast(p.id as text)` : `'page:' || p.id`;
        const ranked = () =>
          applyKnexFilters(knex(`${PAGE_TABLES.pages} as p`).where('p.status', 'published'), list.filters, { state: 'p.state' });
        const order = list.sort[0]?.order ?? 'desc';
        const [rows, counted] = await Promise.all([
          ranked()
            .leftJoin('mymitt_money_totals as t', function (this: JoinOn) {
              this.on(knex.raw(`t.scope = ${scope}`));
            })
            .select('p.id', 'p.slug', 'p.title', 'p.state', 'p.goal_cents', 'p.owner_user_id')
            .select(knex.raw('coalesce(t.net_cents, 0) as raised_cents'))
            .orderBy([
              { column: 'raised_cents', order },
              { column: 'p.id', order: order === 'desc' ? 'asc' : 'desc' },
            ])
            .offset(list.offset)
            .limit(list.limit),
          ranked().count({ n: '*' }).first(),
        ]);
        const total = Number(counted?.n ?? 0);
        const names = await records.publicNames((rows as RankedPageRow[]).map((r) => Number(r.owner_user_id)));
        const entries = (rows as RankedPageRow[]).map((r, index) => ({
          rank: rankAt(list, total, index),
          slug: r.slug,
          title: r.title,
          state: r.state ?? null,
          ownerDisplayName: names.get(Number(r.owner_user_id)),
          raisedCents: Number(r.raised_cents),
          goalCents: Number(r.goal_cents),
        }));
        return { entries, total };
      });
    },

    /**
     * The page a gift names, by slug: what the donate route credits (FEC-13) when it is open for gifts
     * (published). A closed page says so; a pending or rejected one is as unknown as a missing one.
     */
    async forDonation(slug: string): Promise<{ id: number; campaignId: number | null; open: boolean } | null> {
      const page = await query().findOne({
        where: { slug: slug.toLowerCase(), status: { $in: [...PUBLIC_PAGE_STATUSES] } },
        select: ['id', 'campaignId', 'status'],
      });
      return page ? { id: page.id, campaignId: page.campaignId ?? null, open: page.status === 'published' } : null;
    },

    /** Who a gift credits as fundraiser: the owner of its page (FEC-13: credit only, never the donor). */
    async fundraiserOf(contribution: Pick<ContributionRecord, 'pageId'>): Promise<number | null> {
      const pageId = contribution.pageId;
      if (!pageId) return null;
      if (!ownerOfPage.has(pageId)) {
        const page = await query().findOne({ where: { id: pageId }, select: ['ownerUserId'] });
        if (!page) return null;
        ownerOfPage.set(pageId, page.ownerUserId ?? null);
      }
      return ownerOfPage.get(pageId) ?? null;
    },

    /** Staff: pages waiting for approval (or all), newest first. */
    async moderationList({ status, page, pageSize }: { status: 'pending' | 'all'; page: number; pageSize: number }) {
      const where = status === 'pending' ? { status: 'pending' } : {};
      const [rows, total] = await Promise.all([
        query().findMany({ where, orderBy: { id: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }) as Promise<PageRow[]>,
        query().count({ where }),
      ]);
      const names = await records.publicNames(rows.map((r) => r.ownerUserId));
      return {
        data: rows.map((r) => ({
          documentId: r.documentId,
          slug: r.slug,
          title: r.title,
          storyHtml: r.storyHtml ?? '',
          ownerDisplayName: names.get(r.ownerUserId) ?? '',
          state: r.state,
          goalCents: Number(r.goalCents),
          status: r.status,
          createdAt: new Date(r.createdAt).toISOString(),
        })),
        meta: { pagination: { page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)), total } },
      };
    },

    /** Staff approve a pending page: it goes live and `mymitt.page.created` is emitted after commit. */
    async approve(documentId: string) {
      const page = (await query().findOne({ where: { documentId } })) as PageRow | null;
      if (!page) throw new errors.NotFoundError('No such fundraising page.');
      if (page.status !== 'pending') throw conflict(`This page is ${page.status}, not waiting for approval.`);
      const updated = (await query().update({ where: { id: page.id }, data: { status: 'published' } })) as PageRow;
      forgetPublic(page);
      await announcePublished(updated);
      return { documentId: updated.documentId, slug: updated.slug, status: updated.status };
    },

    async reject(documentId: string, reason?: string) {
      const page = (await query().findOne({ where: { documentId } })) as PageRow | null;
      if (!page) throw new errors.NotFoundError('No such fundraising page.');
      if (page.status !== 'pending') throw conflict(`This page is ${page.status}, not waiting for approval.`);
      const updated = (await query().update({
        where: { id: page.id },
        data: { status: 'rejected', rejectionReason: reason ?? null },
      })) as PageRow;
      forgetPublic(page);
      return { documentId: updated.documentId, slug: updated.slug, status: updated.status };
    },
  };
};

export default pages;
