import type { Core } from '@strapi/strapi';
import { encodeInterestTags, interestTag } from '../../domain/group-interests';
import { canOrganize } from '../../domain/group-membership';
import { firstFreeSlug } from '../../domain/profile-slug';
import { groupSlugBase, RESERVED_GROUP_SLUGS } from '../../domain/group-slug';
import { lookupZip } from '../../domain/zip-codes';
import { filterValue, isUniqueViolation, type ListQuery } from '@mymitt/plugin-kit';
import type { CreateGroupBody, UpdateGroupBody } from '../../validators/groups';
import { listAnswer, orderByOf, whereOf } from '../../utils/list-answer';
import { forbidden, invalidField } from '../../utils/refusals';
import {
  findGroupBySlug,
  findMembership,
  GROUP_UID,
  groupSummary,
  MEMBERSHIP_UID,
  membershipView,
  NO_CARD,
  supporterCards,
  type GroupRow,
  type MembershipRow,
} from './group-records';

/** Attempts at a free slug when concurrent groups with the same name race for it. */
const SLUG_ATTEMPTS = 3;

type LocationFields = Pick<CreateGroupBody, 'zip' | 'state' | 'city'>;

/** City and state from a ZIP (which must be a US ZIP we know); a hand-set city or state drops the ZIP. */
function locationColumns({ zip, state, city }: LocationFields): Record<string, string | null> {
  if (zip) {
    const place = lookupZip(zip);
    if (!place) throw invalidField('That ZIP code is not a US ZIP code we know.', 'unknown_zip', ['zip'], 'Unknown ZIP code.');
    return { zip: place.zip, city: place.city, state: place.state };
  }
  const columns: Record<string, string | null> = {};
  if (zip === null) columns.zip = null;
  if (state !== undefined) Object.assign(columns, { state, zip: null });
  if (city !== undefined) Object.assign(columns, { city, zip: null });
  return columns;
}

const groups = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(GROUP_UID);

  async function freeSlug(name: string) {
    const base = groupSlugBase(name);
    const taken: Array<Pick<GroupRow, 'slug'>> = await query().findMany({ where: { slug: { $startsWith: base } }, select: ['slug'] });
    return firstFreeSlug(base, [...taken.map((g) => g.slug), ...RESERVED_GROUP_SLUGS]);
  }

  /** The group as a viewer sees it: its public face and owner, plus their own membership when signed in. */
  async function detail(group: GroupRow, viewerUserId: number | null) {
    const viewer = viewerUserId ? { userId: viewerUserId } : null;
    const membership = viewerUserId ? await findMembership(strapi, group.id, viewerUserId) : null;
    const owner = (await supporterCards(strapi, [group.ownerUserId], viewer)).get(group.ownerUserId) ?? NO_CARD;
    return {
      ...groupSummary(group),
      // Those who run the group also see the ZIP they set; nobody else does.
      ...(canOrganize(membership) ? { zip: group.zip ?? null } : {}),
      owner,
      membership: membershipView(membership),
    };
  }

  return {
    /**
     * Public search: name, state, interest, join policy; biggest groups first, then by name. The search
     * parameters of before the list conventions (`q`, `state`, `interest`) still work.
     */
    async search(list: ListQuery<{ q?: string; state?: string; interest?: string }>) {
      const where: Record<string, unknown> = whereOf(list.filters, {}, ['interests']);
      const { q, state, interest } = list.extra;
      if (q) where.name = { ...(where.name as object), $containsi: q };
      if (state) where.state = { ...(where.state as object), $eq: state };
      const tags = [filterValue<string>(list, 'interests', '$contains'), interest].filter(Boolean) as string[];
      if (tags.length) where.$and = tags.map((tag) => ({ interestTags: { $contains: interestTag(tag) } }));
      const [rows, total]: [GroupRow[], number] = await Promise.all([
        query().findMany({ where, orderBy: orderByOf(list.sort, {}), limit: list.limit, offset: list.offset }),
        list.withCount ? query().count({ where }) : Promise.resolve(0),
      ]);
      return listAnswer(
        rows.map((g) => groupSummary(g)),
        list,
        total
      );
    },

    /** One group by slug, as `viewerUserId` (or an anonymous visitor) sees it. */
    async findForViewer(slug: string, viewerUserId: number | null) {
      return detail(await findGroupBySlug(strapi, slug), viewerUserId);
    },

    /** The groups a supporter belongs to or has asked to join, latest request first, with their role and status. */
    async mine(userId: number, list: ListQuery) {
      const where = { status: { $in: ['active', 'pending'] }, ...whereOf(list.filters), userId };
      const [memberships, total]: [MembershipRow[], number] = await Promise.all([
        strapi.db
          .query(MEMBERSHIP_UID)
          .findMany({ where, orderBy: orderByOf(list.sort, {}, { id: 'desc' }), limit: list.limit, offset: list.offset }),
        list.withCount ? strapi.db.query(MEMBERSHIP_UID).count({ where }) : Promise.resolve(0),
      ]);
      const groupIds = memberships.map((m) => m.groupId);
      const rows: GroupRow[] = groupIds.length ? await query().findMany({ where: { id: { $in: groupIds } } }) : [];
      const byId = new Map(rows.map((g) => [g.id, g]));
      const entries = memberships
        .filter((m) => byId.has(m.groupId))
        .map((m) => ({ ...groupSummary(byId.get(m.groupId)!), membership: membershipView(m) }));
      return listAnswer(entries, list, total);
    },

    /** Starts a group: the supporter becomes its active owner and first member (no group.joined activity). */
    async create(userId: number, body: CreateGroupBody) {
      const { name, description, joinPolicy, interests, ...location } = body;
      const columns = {
        name,
        description: description ?? null,
        joinPolicy: joinPolicy ?? 'open',
        interestTags: encodeInterestTags(interests ?? []),
        ...locationColumns(location),
        ownerUserId: userId,
        memberCount: 1,
      };

      for (let attempt = 1; ; attempt += 1) {
        try {
          const group = await strapi.db.transaction(async () => {
            const created = (await query().create({ data: { ...columns, slug: await freeSlug(name) } })) as GroupRow;
            const now = new Date();
            await strapi.db.query(MEMBERSHIP_UID).create({
              data: { groupId: created.id, userId, role: 'owner', status: 'active', requestedAt: now, joinedAt: now },
            });
            return created;
          });
          return detail(group, userId);
        } catch (error) {
          // Another group with the same name took the slug between our read and our insert: pick again.
          if (!isUniqueViolation(error) || attempt >= SLUG_ATTEMPTS) throw error;
        }
      }
    },

    /** Owners and organizers edit the group (allow-listed fields); the slug stays so links keep working. */
    async update(userId: number, slug: string, body: UpdateGroupBody) {
      const group = await findGroupBySlug(strapi, slug);
      if (!canOrganize(await findMembership(strapi, group.id, userId))) {
        throw forbidden("Only this group's owner and organizers may edit it.", 'not_group_organizer');
      }
      const { interests, zip, state, city, ...fields } = body;
      const data: Record<string, unknown> = { ...fields, ...locationColumns({ zip, state, city }) };
      if (interests !== undefined) data.interestTags = encodeInterestTags(interests);
      const updated = (await query().update({ where: { id: group.id }, data })) as GroupRow;
      return detail(updated, userId);
    },
  };
};

export default groups;
