import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { renderPostBody } from '../../domain/markdown';
import { freePostSlug, postSlugBase, publishRefusal, type ModerationState } from '../../domain/post';
import { toImageView, type ImageView } from '../../domain/image-file';
import { PLUGIN_ID } from '../../plugin-id';
import { publishDomainEvent, filterValue, type ListQuery, forbidden } from '@mymitt/plugin-kit';
import type { CreatePostBody, PageQuery, UpdatePostBody } from '../../validators/blog';
import { listAnswer, orderByOf, whereOf } from '../../utils/list-answer';
import type { UploadedFile } from '../../validators/image-upload';
import type { AuthorCard } from '../profiles';
import type profilesService from '../profiles';
import type { SupporterImages, StoredFile } from './supporter-images';

export const POST_UID = 'plugin::mymitt-profiles.post';
export const POST_REPORT_UID = 'plugin::mymitt-profiles.post-report';

/** A row of `mymitt_posts` (draft or published version) as the query engine returns it. */
export interface PostRow {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  bodyMarkdown: string | null;
  bodyHtml: string | null;
  excerpt: string | null;
  coverImage?: StoredFile | null;
  authorUserId: number;
  moderation: ModerationState;
  /** When the post first went live (shown as `firstPublishedAt`; Strapi reserves that attribute name). */
  originallyPublishedAt: string | Date | null;
  updatedAt: string | Date;
  publishedAt: string | Date | null;
}

/** A post in a feed: what anyone may see. */
export interface PostCard {
  documentId: string;
  slug: string;
  title: string;
  excerpt: string;
  coverImage: ImageView | null;
  author: AuthorCard | null;
  firstPublishedAt: string | null;
}

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

/** List fields named as the client sees them → post attributes. */
const FEED_ATTRIBUTES = { firstPublishedAt: 'originallyPublishedAt' };

export const postNotFound = () => new errors.NotFoundError('No such post.', { code: 'post_not_found' });

export function paginationOf({ page, pageSize }: PageQuery, total: number) {
  return { page, pageSize, total, pageCount: Math.ceil(total / pageSize) };
}

/**
 * Supporters' blog posts. Draft & publish is Strapi's (document service): the draft row always
 * holds the latest text; publishing copies it to the live row. Edits to a live post go live at once
 * (the post is published again), so a post never shows stale text. Moderation state is kept equal on
 * both rows of a document.
 */
const posts = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(POST_UID as any);
  const rows = () => strapi.db.query(POST_UID);
  const images = () => strapi.plugin(PLUGIN_ID).service('supporterImages') as SupporterImages;
  const profiles = () => strapi.plugin(PLUGIN_ID).service('profiles') as ReturnType<typeof profilesService>;
  const withCover = { coverImage: true } as const;

  const draftOf = (documentId: string): Promise<PostRow | null> =>
    rows().findOne({ where: { documentId, publishedAt: null }, populate: withCover });

  async function isPublished(documentId: string) {
    return (await rows().count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
  }

  /**
   * The author's draft of a post: 404 when there is none, 403 when it is someone else's (SEC-01).
   */
  async function ownDraft(documentId: string, userId: number): Promise<PostRow> {
    const draft = await draftOf(documentId);
    if (!draft) throw postNotFound();
    if (draft.authorUserId !== userId) throw forbidden('This post belongs to another supporter.', { code: 'not_post_author' });
    return draft;
  }

  async function freeSlug(title: string, exceptDocumentId?: string) {
    const taken = await rows().findMany({
      where: {
        slug: { $startsWith: postSlugBase(title) },
        ...(exceptDocumentId && { documentId: { $ne: exceptDocumentId } }),
      },
      select: ['slug'],
    });
    return freePostSlug(
      title,
      taken.map((row: { slug: string }) => row.slug)
    );
  }

  function card(post: PostRow, authors: Map<number, AuthorCard>): PostCard {
    return {
      documentId: post.documentId,
      slug: post.slug,
      title: post.title,
      excerpt: post.excerpt ?? '',
      coverImage: toImageView(post.coverImage),
      author: authors.get(post.authorUserId) ?? null,
      firstPublishedAt: iso(post.originallyPublishedAt),
    };
  }

  /** What the author sees of their own post: the Markdown, the status and whether moderators removed it. */
  async function ownView(documentId: string) {
    const draft = await draftOf(documentId);
    if (!draft) throw postNotFound();
    const authors = await profiles().authorCards([draft.authorUserId]);
    return {
      ...card(draft, authors),
      bodyMarkdown: draft.bodyMarkdown ?? '',
      bodyHtml: draft.bodyHtml ?? '',
      status: (await isPublished(documentId)) ? ('published' as const) : ('draft' as const),
      removedByModeration: draft.moderation === 'removed',
      updatedAt: iso(draft.updatedAt),
    };
  }

  /** Saves changes to the draft and, when the post is live, publishes them too. */
  async function saveDraft(documentId: string, data: Record<string, unknown>) {
    await strapi.db.transaction(async () => {
      await documents().update({ documentId, data: data as any });
      if (await isPublished(documentId)) await documents().publish({ documentId });
    });
  }

  /** Published, not removed posts (newest first unless sorted otherwise), optionally of one author. */
  async function publishedPage(list: ListQuery, authorUserId?: number) {
    const filters = {
      ...whereOf(list.filters, FEED_ATTRIBUTES),
      moderation: { $ne: 'removed' },
      ...(authorUserId !== undefined && { authorUserId }),
    };
    const [found, total] = await Promise.all([
      documents().findMany({
        status: 'published',
        filters: filters as any,
        sort: orderByOf(list.sort, FEED_ATTRIBUTES, { id: 'desc' }) as any,
        start: list.offset,
        limit: list.limit,
        populate: withCover as any,
      }) as Promise<unknown> as Promise<PostRow[]>,
      list.withCount ? documents().count({ status: 'published', filters: filters as any }) : Promise.resolve(0),
    ]);
    const authors = await profiles().authorCards(found.map((p) => p.authorUserId));
    return listAnswer(
      found.map((p) => card(p, authors)),
      list,
      total
    );
  }

  return {
    /** The public feed: published posts, newest first. */
    feed(list: ListQuery) {
      return publishedPage(list);
    },

    /** One author's public feed, by their profile slug. */
    async feedOf(profileSlug: string, list: ListQuery) {
      const author = await profiles().findBySlug(profileSlug);
      if (!author) throw new errors.NotFoundError('No such supporter profile.', { code: 'profile_not_found' });
      return publishedPage(list, author.userId);
    },

    /** The supporter's own posts, drafts and published, most recently edited first. */
    async mine(userId: number, list: ListQuery) {
      const where: Record<string, unknown> = { ...whereOf(list.filters, {}, ['status']), authorUserId: userId, publishedAt: null };
      const status = filterValue<'draft' | 'published'>(list, 'status');
      if (status) {
        // The author's live documents (a handful) decide which drafts are published.
        const liveRows = await rows().findMany({
          where: { authorUserId: userId, publishedAt: { $notNull: true } },
          select: ['documentId'],
        });
        const liveIds = liveRows.map((row: { documentId: string }) => row.documentId);
        where.documentId = status === 'published' ? { $in: liveIds } : { $notIn: liveIds };
      }
      const [drafts, total] = await Promise.all([
        rows().findMany({
          where,
          orderBy: orderByOf(list.sort, {}, { id: 'desc' }),
          offset: list.offset,
          limit: list.limit,
          populate: withCover,
        }) as Promise<PostRow[]>,
        list.withCount ? rows().count({ where }) : Promise.resolve(0),
      ]);
      const ids = drafts.map((d) => d.documentId);
      const live = new Set(
        (await rows().findMany({ where: { documentId: { $in: ids }, publishedAt: { $notNull: true } }, select: ['documentId'] })).map(
          (row: { documentId: string }) => row.documentId
        )
      );
      const authors = await profiles().authorCards([userId]);
      return listAnswer(
        drafts.map((d) => ({
          ...card(d, authors),
          status: live.has(d.documentId) ? ('published' as const) : ('draft' as const),
          removedByModeration: d.moderation === 'removed',
          updatedAt: iso(d.updatedAt),
        })),
        list,
        total
      );
    },

    /**
     * A post by slug: the live version for anyone, or — for its author — their own post with its
     * Markdown and status, even as a draft or after moderators removed it.
     */
    async findBySlug(slug: string, viewerUserId: number | null) {
      if (viewerUserId !== null) {
        const own = await rows().findOne({ where: { slug, authorUserId: viewerUserId, publishedAt: null }, select: ['documentId'] });
        if (own) return ownView(own.documentId);
      }
      const live: PostRow | null = await rows().findOne({
        where: { slug, publishedAt: { $notNull: true }, moderation: { $ne: 'removed' } },
        populate: withCover,
      });
      if (!live) throw postNotFound();
      const authors = await profiles().authorCards([live.authorUserId]);
      return { ...card(live, authors), bodyHtml: live.bodyHtml ?? '' };
    },

    /** Creates a draft; slug, HTML and excerpt come from the server. */
    async create(userId: number, body: CreatePostBody) {
      const bodyMarkdown = body.bodyMarkdown ?? '';
      const { html, excerpt } = renderPostBody(bodyMarkdown);
      const created = await documents().create({
        data: {
          title: body.title,
          slug: await freeSlug(body.title),
          bodyMarkdown,
          bodyHtml: html,
          excerpt,
          authorUserId: userId,
          moderation: 'none',
        } as any,
      });
      return ownView(created.documentId);
    },

    /**
     * Edits the author's post. The slug follows the title until the post is first published, then
     * stays (links keep working). A live post cannot lose its body.
     */
    async update(userId: number, documentId: string, changes: UpdatePostBody) {
      const draft = await ownDraft(documentId, userId);
      const data: Record<string, unknown> = {};
      if (changes.title !== undefined) {
        data.title = changes.title;
        if (!draft.originallyPublishedAt) data.slug = await freeSlug(changes.title, documentId);
      }
      if (changes.bodyMarkdown !== undefined) {
        if (!changes.bodyMarkdown.trim() && (await isPublished(documentId))) {
          throw new errors.ValidationError('A published post needs a body: unpublish it first to empty it.', {
            code: 'post_body_required',
            errors: [{ path: ['bodyMarkdown'], message: 'Required while the post is published.', name: 'ValidationError' }],
          });
        }
        const { html, excerpt } = renderPostBody(changes.bodyMarkdown);
        Object.assign(data, { bodyMarkdown: changes.bodyMarkdown, bodyHtml: html, excerpt });
      }
      await saveDraft(documentId, data);
      return ownView(documentId);
    },

    /**
     * Publishes the author's post and, after commit, announces `mymitt.post.published` with the
     * documentId as source, so publishing again never counts twice. A post moderators removed stays down.
     */
    async publish(userId: number, documentId: string, now = new Date()) {
      const draft = await ownDraft(documentId, userId);
      const refusal = publishRefusal(draft);
      if (refusal === 'removed') {
        throw forbidden('Moderators removed this post; it cannot be published again.', {
          code: 'post_removed',
          moderation: 'removed',
        });
      }
      if (refusal === 'empty') {
        throw new errors.ValidationError('Write the post before publishing it.', {
          code: 'post_empty',
          errors: [{ path: ['bodyMarkdown'], message: 'A published post needs a body.', name: 'ValidationError' }],
        });
      }
      const firstPublishedAt = draft.originallyPublishedAt ? new Date(draft.originallyPublishedAt) : now;
      // The event's outbox row commits with the publish (the activity point is never lost to a crash).
      await strapi.db.transaction(async () => {
        if (!draft.originallyPublishedAt)
          await documents().update({ documentId, data: { originallyPublishedAt: firstPublishedAt } as any });
        await documents().publish({ documentId });
        await publishDomainEvent(strapi, 'mymitt.post.published', { sourceId: documentId, userId, occurredAt: firstPublishedAt.toISOString() });
      });
      return ownView(documentId);
    },

    /** Takes the author's post off the feeds; it stays as a draft. */
    async unpublish(userId: number, documentId: string) {
      await ownDraft(documentId, userId);
      if (await isPublished(documentId)) await documents().unpublish({ documentId });
      return ownView(documentId);
    },

    /** Deletes the author's post (both versions), its cover image and the reports about it. */
    async delete(userId: number, documentId: string) {
      const draft = await ownDraft(documentId, userId);
      await strapi.db.transaction(async () => {
        await documents().delete({ documentId });
        await strapi.db.query(POST_REPORT_UID).deleteMany({ where: { postDocumentId: documentId } });
      });
      await images().remove(draft.coverImage);
    },

    /** Sets or replaces the cover image (checked like an avatar); the previous file is deleted. */
    async setCover(userId: number, documentId: string, file: UploadedFile) {
      const draft = await ownDraft(documentId, userId).catch(async (error) => {
        await images().discard(file);
        throw error;
      });
      const stored = await images().store(file, 'post-cover');
      try {
        await saveDraft(documentId, { coverImage: stored.id });
      } catch (error) {
        await images().remove(stored);
        throw error;
      }
      await images().remove(draft.coverImage);
      return ownView(documentId);
    },

    /** Removes the cover image. */
    async removeCover(userId: number, documentId: string) {
      const draft = await ownDraft(documentId, userId);
      if (draft.coverImage) {
        await saveDraft(documentId, { coverImage: null });
        await images().remove(draft.coverImage);
      }
      return ownView(documentId);
    },
  };
};

export type Posts = ReturnType<typeof posts>;
export default posts;
