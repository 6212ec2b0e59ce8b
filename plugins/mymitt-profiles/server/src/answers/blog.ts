import { z } from '@strapi/utils';
import { REPORT_REASONS } from '../domain/post';
import { imageView, instant } from './common';

const author = z.object({ displayName: z.string(), slug: z.string(), avatar: imageView.nullable() });

const cardFields = {
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  excerpt: z.string(),
  coverImage: imageView.nullable(),
  author: author.nullable(),
  firstPublishedAt: instant.nullable(),
};

/** GET /posts, GET /authors/:profileSlug/posts: a post in a feed. */
export const postCard = z.object(cardFields);

const authorFields = {
  status: z.enum(['draft', 'published']),
  removedByModeration: z.boolean(),
  updatedAt: instant,
};

/** GET /posts/mine: one of my posts, draft or published. */
export const myPostCard = z.object({ ...cardFields, ...authorFields });

/** The author's own post: the Markdown, the status, and whether moderators removed it (writes answer this). */
export const ownPost = z.object({ ...cardFields, ...authorFields, bodyMarkdown: z.string(), bodyHtml: z.string() });

/** A published post as anyone reads it. */
export const publishedPost = z.object({ ...cardFields, bodyHtml: z.string() });

/** GET /posts/:slug: the author gets their own view (even of a draft); anyone else the published post. */
export const postBySlug = z.union([ownPost, publishedPost]);

/** DELETE /posts/:documentId */
export const deletedPost = z.object({ documentId: z.string(), deleted: z.literal(true) });

/** POST /posts/:documentId/reports: the reporter's report (the first one, when sent again). */
export const postReport = z.object({
  documentId: z.string(),
  reason: z.enum(REPORT_REASONS),
  note: z.string().nullable(),
  createdAt: instant,
});
