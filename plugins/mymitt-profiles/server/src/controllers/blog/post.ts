import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { parseListQuery, type RequestContext } from '@mymitt/plugin-kit';
import { createPostBody, reportPostBody, updatePostBody } from '../../validators/blog';
import { myPostsList, postFeedList } from '../../validators/lists';
import { singleUploadedFile } from '../../validators/image-upload';
import { getService } from '../../utils/get-service';

const parseCreate = validateZodSchema(createPostBody);
const parseUpdate = validateZodSchema(updatePostBody);
const parseReport = validateZodSchema(reportPostBody);

/** Supporters' blog posts (content API). Every write is the author's only (SEC-01), bodies allow-listed (SEC-02). */
const post = (_: { strapi: Core.Strapi }) => ({
  /** GET /posts — the public feed, newest first. */
  async find(ctx: RequestContext) {
    ctx.body = await getService('posts').feed(parseListQuery(ctx, postFeedList));
  },

  /** GET /authors/:profileSlug/posts — one author's public feed. */
  async findByAuthor(ctx: RequestContext) {
    ctx.body = await getService('posts').feedOf(ctx.params.profileSlug, parseListQuery(ctx, postFeedList));
  },

  /** GET /posts/mine — the signed-in supporter's drafts and published posts. */
  async mine(ctx: RequestContext) {
    ctx.body = await getService('posts').mine(ctx.state.user.id, parseListQuery(ctx, myPostsList));
  },

  /** GET /posts/:slug — a published post; its author also gets their draft. */
  async findOne(ctx: RequestContext) {
    ctx.body = { data: await getService('posts').findBySlug(ctx.params.slug, ctx.state.user?.id ?? null) };
  },

  /** POST /posts — a new draft. */
  async create(ctx: RequestContext) {
    ctx.created({ data: await getService('posts').create(ctx.state.user.id, parseCreate(ctx.request.body ?? {})) });
  },

  /** PUT /posts/:documentId */
  async update(ctx: RequestContext) {
    const changes = parseUpdate(ctx.request.body ?? {});
    ctx.body = { data: await getService('posts').update(ctx.state.user.id, ctx.params.documentId, changes) };
  },

  /** POST /posts/:documentId/publish */
  async publish(ctx: RequestContext) {
    ctx.body = { data: await getService('posts').publish(ctx.state.user.id, ctx.params.documentId) };
  },

  /** POST /posts/:documentId/unpublish */
  async unpublish(ctx: RequestContext) {
    ctx.body = { data: await getService('posts').unpublish(ctx.state.user.id, ctx.params.documentId) };
  },

  /** DELETE /posts/:documentId */
  async delete(ctx: RequestContext) {
    await getService('posts').delete(ctx.state.user.id, ctx.params.documentId);
    ctx.body = { data: { documentId: ctx.params.documentId, deleted: true } };
  },

  /** POST /posts/:documentId/cover — multipart, one image in the field `cover`. */
  async uploadCover(ctx: RequestContext) {
    const file = await singleUploadedFile(ctx.request, 'cover');
    ctx.body = { data: await getService('posts').setCover(ctx.state.user.id, ctx.params.documentId, file) };
  },

  /** DELETE /posts/:documentId/cover */
  async removeCover(ctx: RequestContext) {
    ctx.body = { data: await getService('posts').removeCover(ctx.state.user.id, ctx.params.documentId) };
  },

  /** POST /posts/:documentId/reports — 201 for a new report, 200 when this supporter already reported it. */
  async report(ctx: RequestContext) {
    const body = parseReport(ctx.request.body ?? {});
    const { created, report } = await getService('postModeration').report(ctx.state.user.id, ctx.params.documentId, body);
    ctx.status = created ? 201 : 200;
    ctx.body = { data: report };
  },
});

export default post;
