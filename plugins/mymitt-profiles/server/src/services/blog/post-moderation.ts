import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { moderationAfterReport, type ModerationState } from '../../domain/post';
import { PLUGIN_ID } from '../../plugin-id';
import { isUniqueViolation, forbidden } from '@mymitt/plugin-kit';
import type { ModerationQueueQuery, ReportPostBody } from '../../validators/blog';
import type profilesService from '../profiles';
import { paginationOf, postNotFound, POST_REPORT_UID, POST_UID, type PostRow } from './posts';

const POSTS = 'mymitt_posts';
const REPORTS = 'mymitt_post_reports';
/** Reports shown per queue item; reportCount always counts them all. */
const REPORTS_SHOWN = 50;

interface ReportRow {
  id: number;
  postDocumentId: string;
  reporterUserId: number;
  reason: string;
  note: string | null;
  resolution: 'open' | 'dismissed' | 'upheld';
  createdAt: string | Date;
}

const iso = (value: string | Date) => new Date(value).toISOString();

/**
 * Report-abuse flags and the web team's moderation queue. A report opens the post's moderation;
 * staff remove the post (unpublished, and its author cannot publish it again) or dismiss the reports.
 */
const postModeration = ({ strapi }: { strapi: Core.Strapi }) => {
  const posts = () => strapi.db.query(POST_UID);
  const reports = () => strapi.db.query(POST_REPORT_UID);
  const profiles = () => strapi.plugin(PLUGIN_ID).service('profiles') as ReturnType<typeof profilesService>;

  const setModeration = (documentId: string, moderation: ModerationState) =>
    posts().updateMany({ where: { documentId }, data: { moderation } });

  async function draftOf(documentId: string): Promise<PostRow> {
    const draft = await posts().findOne({ where: { documentId, publishedAt: null } });
    if (!draft) throw new errors.NotFoundError('No such post.');
    return draft;
  }

  /** Queue items for these posts, in the given order. */
  async function queueItems(documentIds: string[]) {
    if (documentIds.length === 0) return [];
    const [drafts, live, reportRows] = await Promise.all([
      posts().findMany({ where: { documentId: { $in: documentIds }, publishedAt: null } }) as Promise<PostRow[]>,
      posts().findMany({ where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } }, select: ['documentId'] }),
      reports().findMany({ where: { postDocumentId: { $in: documentIds } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }) as Promise<
        ReportRow[]
      >,
    ]);
    const authors = await profiles().authorCards(drafts.map((d) => d.authorUserId));
    const liveIds = new Set(live.map((row: { documentId: string }) => row.documentId));
    const byDocument = new Map(drafts.map((d) => [d.documentId, d]));

    return documentIds.flatMap((documentId) => {
      const post = byDocument.get(documentId);
      if (!post) return [];
      const postReports = reportRows.filter((r) => r.postDocumentId === documentId);
      const author = authors.get(post.authorUserId);
      return [
        {
          documentId,
          title: post.title,
          slug: post.slug,
          excerpt: post.excerpt ?? '',
          authorDisplayName: author?.displayName ?? null,
          authorSlug: author?.slug ?? null,
          published: liveIds.has(documentId),
          moderation: post.moderation,
          reportCount: postReports.length,
          lastReportedAt: postReports[0] ? iso(postReports[0].createdAt) : null,
          reports: postReports
            .slice(0, REPORTS_SHOWN)
            .map((r) => ({ reason: r.reason, note: r.note ?? null, createdAt: iso(r.createdAt) })),
        },
      ];
    });
  }

  async function queueItem(documentId: string) {
    const [item] = await queueItems([documentId]);
    return item;
  }

  return {
    /**
     * A signed-in supporter reports a published post; the post enters the moderation queue. One report
     * per reporter and post: reporting again changes nothing and returns the first report.
     */
    async report(reporterUserId: number, documentId: string, body: ReportPostBody) {
      const live: PostRow | null = await posts().findOne({
        where: { documentId, publishedAt: { $notNull: true }, moderation: { $ne: 'removed' } },
      });
      if (!live) throw postNotFound();
      if (live.authorUserId === reporterUserId) {
        throw forbidden('You cannot report your own post.', { code: 'own_post' });
      }

      const reportKey = `${documentId}:${reporterUserId}`;
      let created = true;
      try {
        await strapi.db.transaction(async () => {
          await reports().create({
            data: {
              postDocumentId: documentId,
              reporterUserId,
              reportKey,
              reason: body.reason,
              note: body.note ?? null,
              resolution: 'open',
            },
          });
          await setModeration(documentId, moderationAfterReport(live.moderation));
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        created = false;
      }
      const report: ReportRow = await reports().findOne({ where: { reportKey } });
      return {
        created,
        report: { documentId, reason: report.reason, note: report.note ?? null, createdAt: iso(report.createdAt) },
      };
    },

    /** The moderation queue: `open` (reported, not handled yet) or `all` posts ever reported or moderated. */
    async queue({ status, page, pageSize }: ModerationQueueQuery) {
      const states: ModerationState[] = status === 'open' ? ['open'] : ['open', 'removed', 'dismissed'];
      const where = { publishedAt: null, moderation: { $in: states } };
      const knex = strapi.db.connection;
      const ordered = await knex(`${POSTS} as p`)
        .leftJoin(`${REPORTS} as r`, 'r.post_document_id', 'p.document_id')
        .whereNull('p.published_at')
        .whereIn('p.moderation', states)
        .groupBy('p.id', 'p.document_id')
        .select('p.document_id as documentId')
        .orderByRaw('MAX(r.created_at) DESC NULLS LAST')
        .orderBy('p.id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const total = await posts().count({ where });
      return {
        data: await queueItems(ordered.map((row: { documentId: string }) => row.documentId)),
        pagination: paginationOf({ page, pageSize }, total),
      };
    },

    /** Unpublishes a post for good (its author cannot publish it again) and upholds its open reports. */
    async remove(documentId: string) {
      await draftOf(documentId);
      await strapi.db.transaction(async () => {
        const isLive = (await posts().count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
        if (isLive) await strapi.documents(POST_UID as any).unpublish({ documentId });
        await setModeration(documentId, 'removed');
        await reports().updateMany({ where: { postDocumentId: documentId, resolution: 'open' }, data: { resolution: 'upheld' } });
      });
      return queueItem(documentId);
    },

    /** Closes the open reports of a post, which stays as it is; a later report opens it again. */
    async dismiss(documentId: string) {
      const draft = await draftOf(documentId);
      if (draft.moderation === 'removed') {
        throw new errors.ApplicationError('This post was already removed; there are no reports left to dismiss.', {
          moderation: 'removed',
        });
      }
      await strapi.db.transaction(async () => {
        await reports().updateMany({ where: { postDocumentId: documentId, resolution: 'open' }, data: { resolution: 'dismissed' } });
        if (draft.moderation === 'open') await setModeration(documentId, 'dismissed');
      });
      return queueItem(documentId);
    },
  };
};

export type PostModeration = ReturnType<typeof postModeration>;
export default postModeration;
