import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createTtlCache, type DbCount, type ListQuery, forbidden } from '@mymitt/plugin-kit';
import { applyKnexFilters } from '../../utils/list-query';
import { leaderboardKey, rankAt } from './leaderboard-list';
import { DEFAULT_TEAM_GOAL_CENTS, PUBLIC_PAGE_STATUSES, RESERVED_PAGE_SLUGS, thermometer } from '../../domain/fundraising-pages';
import type { CreateTeamBody } from '../../validators/pages';
import { getService } from '../../utils/get-service';
import { renderJson, type RenderedJson } from './rendered-cache';
import { PAGE_TABLES, PAGE_UID, pageRecords, TEAM_UID } from './page-records';
import { PAGE_LEADERBOARD_TTL_SECONDS } from './pages';

/** A member page of a team as its public page reads it (mymitt_fundraising_pages). */
interface MemberPageRow {
  id: number;
  slug: string;
  title: string;
  owner_user_id: number;
  goal_cents: number | string;
  status: string;
}

/** A team of the leaderboard with its summed figures (teams joined to pages and ledger totals). */
interface RankedTeamRow {
  id: number;
  slug: string;
  name: string;
  state: string | null;
  goal_cents: number | string;
  raised_cents: DbCount;
  member_count: DbCount;
}

interface TeamRow {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  goalCents: number | string;
  captainUserId: number;
  state: string | null;
}

/**
 * `getService('page-teams')`: teams of fundraising pages. Membership is the page's teamId; a team's
 * figures are the sums of its member pages' ledger totals.
 */
const pageTeams = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = pageRecords(strapi);
  const leaderboards = createTtlCache<{ entries: unknown[]; total: number }>(PAGE_LEADERBOARD_TTL_SECONDS * 1000);
  const rendered = () => getService('pages').renderedCache;

  async function renderPublic(slug: string): Promise<RenderedJson | null> {
    const team = (await strapi.db.query(TEAM_UID).findOne({ where: { slug } })) as TeamRow | null;
    if (!team) return null;
    const members: MemberPageRow[] = await strapi.db
      .connection(PAGE_TABLES.pages)
      .where('team_id', team.id)
      .whereIn('status', [...PUBLIC_PAGE_STATUSES])
      .orderBy('id', 'asc')
      .select('id', 'slug', 'title', 'owner_user_id', 'goal_cents', 'status');
    const pageIds = members.map((m) => Number(m.id));
    const [totals, donorCount, names, captain] = await Promise.all([
      records.totalsOfPages(pageIds),
      records.donorCount(pageIds),
      records.publicNames(members.map((m) => Number(m.owner_user_id))),
      records.publicNames([team.captainUserId]),
    ]);
    let net = 0;
    let gifts = 0;
    const pages = members.map((m) => {
      const t = totals.get(Number(m.id))!;
      net += t.netCents;
      gifts += t.giftCount;
      return {
        slug: m.slug,
        title: m.title,
        ownerDisplayName: names.get(Number(m.owner_user_id)),
        goalCents: Number(m.goal_cents),
        raisedCents: t.netCents,
        isClosed: m.status === 'closed',
      };
    });
    pages.sort((a, b) => b.raisedCents - a.raisedCents);
    const goalCents = Number(team.goalCents);
    return renderJson(
      {
        data: {
          documentId: team.documentId,
          slug: team.slug,
          name: team.name,
          state: team.state,
          captain: { displayName: captain.get(team.captainUserId) },
          goalCents,
          thermometer: thermometer(net, goalCents, donorCount, gifts),
          memberCount: pages.length,
          pages,
        },
        meta: await disclaimer(),
      },
      pageIds
    );
  }

  async function disclaimer() {
    const service = strapi.service('api::committee-setting.committee-setting') as { current(): Promise<{ disclaimer?: string | null; committeeName?: string | null } | null> } | undefined;
    const settings = service ? await service.current() : null;
    return { disclaimer: settings?.disclaimer ?? null, committeeName: settings?.committeeName ?? null };
  }

  const ownerView = (team: TeamRow) => ({
    documentId: team.documentId,
    slug: team.slug,
    name: team.name,
    goalCents: Number(team.goalCents),
    state: team.state,
  });

  return {
    /** Creates a team captained by the caller; their page (if named) joins it at once. */
    async create(userId: number, body: CreateTeamBody) {
      if (body.slug && RESERVED_PAGE_SLUGS.includes(body.slug)) {
        throw new errors.ValidationError(`"${body.slug}" is reserved; choose another address.`, { code: 'slug_reserved', slug: body.slug });
      }
      if (body.pageDocumentId) {
        // Checked first, so a foreign page refuses the whole request (SEC-01) and no team is left behind.
        const page = await strapi.db.query(PAGE_UID).findOne({ where: { documentId: body.pageDocumentId }, select: ['ownerUserId'] });
        if (!page) throw new errors.NotFoundError('No such fundraising page.');
        if (page.ownerUserId !== userId) throw forbidden('Only the owner of this page can change it.', { code: 'not_owner' });
      }
      const state = body.state ?? (await records.profileState(userId));
      const team = await records.createWithSlug<TeamRow>(TEAM_UID, body.name, body.slug, {
        name: body.name,
        goalCents: body.goalCents ?? DEFAULT_TEAM_GOAL_CENTS,
        captainUserId: userId,
        state,
      });
      if (body.pageDocumentId) await getService('pages').joinTeam(userId, body.pageDocumentId, team.slug);
      return ownerView(team);
    },

    /** GET /teams/:slug: the serialized public answer (cached like pages), or null. */
    publicTeam(slug: string) {
      return rendered().get(`team:${slug}`, () => renderPublic(slug));
    },

    /**
     * Teams ranked by the net raised of their published pages, nationally or in the filtered states: one
     * page of the ranking in the list's order, each with its rank, and the number of teams ranked.
     */
    leaderboard(list: ListQuery) {
      return leaderboards.get(leaderboardKey(list), async () => {
        const knex = strapi.db.connection;
        const scope = strapi.db.dialect.client === 'postgres' ? `'page:' || cast(p.id as text)` : `'page:' || p.id`;
        const order = list.sort[0]?.order ?? 'desc';
        const [rows, counted]: [RankedTeamRow[], { n?: DbCount } | undefined] = await Promise.all([
          applyKnexFilters(knex(`${PAGE_TABLES.teams} as tm`), list.filters, { state: 'tm.state' })
            .join(`${PAGE_TABLES.pages} as p`, 'p.team_id', 'tm.id')
            .leftJoin('mymitt_money_totals as t', function (this: { on(clause: unknown): unknown }) {
              this.on(knex.raw(`t.scope = ${scope}`));
            })
            .whereIn('p.status', [...PUBLIC_PAGE_STATUSES])
            .groupBy('tm.id', 'tm.slug', 'tm.name', 'tm.state', 'tm.goal_cents')
            .select('tm.id', 'tm.slug', 'tm.name', 'tm.state', 'tm.goal_cents')
            .select(knex.raw('coalesce(sum(t.net_cents), 0) as raised_cents'), knex.raw('count(p.id) as member_count'))
            .orderBy([
              { column: 'raised_cents', order },
              { column: 'tm.id', order: order === 'desc' ? 'asc' : 'desc' },
            ])
            .offset(list.offset)
            .limit(list.limit),
          applyKnexFilters(knex(`${PAGE_TABLES.teams} as tm`), list.filters, { state: 'tm.state' })
            .whereExists(
              knex(`${PAGE_TABLES.pages} as p`)
                .select(knex.raw('1'))
                .whereRaw('p.team_id = tm.id')
                .whereIn('p.status', [...PUBLIC_PAGE_STATUSES])
            )
            .count({ n: '*' })
            .first(),
        ]);
        const total = Number(counted?.n ?? 0);
        const entries = rows.map((r, index) => ({
          rank: rankAt(list, total, index),
          slug: r.slug,
          name: r.name,
          state: r.state ?? null,
          raisedCents: Number(r.raised_cents),
          goalCents: Number(r.goal_cents),
          memberCount: Number(r.member_count),
        }));
        return { entries, total };
      });
    },
  };
};

export default pageTeams;
