import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { canOrganize, isActiveMember } from '../../domain/group-membership';
import type { PageQuery, PostAnnouncementBody } from '../../validators/groups';
import { ANNOUNCEMENT_UID, findGroupBySlug, findMembership, NO_CARD, paginationOf, supporterCards } from './group-records';

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
    async list(userId: number, slug: string, { page, pageSize }: PageQuery) {
      const group = await findGroupBySlug(strapi, slug);
      if (!isActiveMember(await findMembership(strapi, group.id, userId))) {
        throw new errors.ForbiddenError('Only members of this group may read its announcements.');
      }
      const where = { groupId: group.id };
      const [rows, total] = await Promise.all([
        query().findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: pageSize, offset: (page - 1) * pageSize }),
        query().count({ where }),
      ]);
      return { announcements: await present(rows as AnnouncementRow[], userId), pagination: paginationOf(page, pageSize, total) };
    },

    /** The owner or an organizer posts a plain-text announcement to the group. */
    async post(userId: number, slug: string, { title, body }: PostAnnouncementBody) {
      const group = await findGroupBySlug(strapi, slug);
      if (!canOrganize(await findMembership(strapi, group.id, userId))) {
        throw new errors.ForbiddenError("Only this group's owner and organizers may post announcements.");
      }
      const created = (await query().create({ data: { groupId: group.id, authorUserId: userId, title, body } })) as AnnouncementRow;
      const [announcement] = await present([created], userId);
      return announcement;
    },
  };
};

export default groupAnnouncements;
