import type { Core } from '@strapi/strapi';
import { canOrganize, isActiveMember } from '../../domain/group-membership';
import type { ListQuery } from '@mymitt/plugin-kit';
import type { PostAnnouncementBody } from '../../validators/groups';
import { listAnswer, orderByOf, whereOf } from '../../utils/list-answer';
import { forbidden } from '../../utils/refusals';
import { ANNOUNCEMENT_UID, findGroupBySlug, findMembership, NO_CARD, supporterCards } from './group-records';

interface AnnouncementRow {
  id: number;
  documentId: string;
  authorUserId: number;
  title: string;
  body: string;
  createdAt: string | Date;
}

const groupAnnouncements = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(ANNOUNCEMENT_UID);

  async function present(rows: AnnouncementRow[], viewerUserId: number) {
    const authors = await supporterCards(
      strapi,
      rows.map((r) => r.authorUserId),
      { userId: viewerUserId }
    );
    return rows.map((r) => ({
      documentId: r.documentId,
      title: r.title,
      body: r.body,
      createdAt: new Date(r.createdAt).toISOString(),
      author: authors.get(r.authorUserId) ?? NO_CARD,
    }));
  }

  return {
    /** A group's announcements, newest first, for its active members only. */
    async list(userId: number, slug: string, list: ListQuery) {
      const group = await findGroupBySlug(strapi, slug);
      if (!isActiveMember(await findMembership(strapi, group.id, userId))) {
        throw forbidden('Only members of this group may read its announcements.', 'members_only');
      }
      const where = { ...whereOf(list.filters), groupId: group.id };
      const [rows, total] = await Promise.all([
        query().findMany({ where, orderBy: orderByOf(list.sort, {}, { id: 'desc' }), limit: list.limit, offset: list.offset }),
        list.withCount ? query().count({ where }) : Promise.resolve(0),
      ]);
      return listAnswer(await present(rows as AnnouncementRow[], userId), list, total);
    },

    /** The owner or an organizer posts a plain-text announcement to the group. */
    async post(userId: number, slug: string, { title, body }: PostAnnouncementBody) {
      const group = await findGroupBySlug(strapi, slug);
      if (!canOrganize(await findMembership(strapi, group.id, userId))) {
        throw forbidden("Only this group's owner and organizers may post announcements.", 'not_group_organizer');
      }
      const created = (await query().create({ data: { groupId: group.id, authorUserId: userId, title, body } })) as AnnouncementRow;
      const [announcement] = await present([created], userId);
      return announcement;
    },
  };
};

export default groupAnnouncements;
