import type { FeatureRoute } from '@mymitt/plugin-kit';
import { z } from '@strapi/utils';
import { createPostBody, reportPostBody, updatePostBody } from '../../validators/blog';
import { myPostsList, postFeedList } from '../../validators/lists';
import { deletedPost, myPostCard, ownPost, postBySlug, postCard, postReport } from '../../answers/blog';
import { documentIdParam, slugParam, imageUpload } from '../../answers/common';

const feed = { listSpec: postFeedList, data: postCard };
const ownWrite = { params: documentIdParam, data: ownPost };

// Literal paths before parameterised ones: `/posts/mine` before `/posts/:slug`.
export const blogRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/posts', handler: 'post.find', query: 'validated', access: 'anyone', docs: feed },
  {
    method: 'GET',
    path: '/posts/mine',
    handler: 'post.mine',
    query: 'validated',
    access: 'supporter',
    docs: { listSpec: myPostsList, data: myPostCard },
  },
  { method: 'GET', path: '/posts/:slug', handler: 'post.findOne', access: 'public', docs: { params: slugParam, data: postBySlug } },
  {
    method: 'GET',
    path: '/authors/:profileSlug/posts',
    handler: 'post.findByAuthor',
    query: 'validated',
    access: 'anyone',
    docs: { ...feed, params: { profileSlug: z.string() } },
  },
  { method: 'POST', path: '/posts', handler: 'post.create', access: 'supporter', docs: { body: createPostBody, data: ownPost } },
  { method: 'PUT', path: '/posts/:documentId', handler: 'post.update', access: 'supporter', docs: { ...ownWrite, body: updatePostBody } },
  {
    method: 'DELETE',
    path: '/posts/:documentId',
    handler: 'post.delete',
    access: 'supporter',
    docs: { params: documentIdParam, data: deletedPost },
  },
  { method: 'POST', path: '/posts/:documentId/publish', handler: 'post.publish', access: 'supporter', docs: ownWrite },
  { method: 'POST', path: '/posts/:documentId/unpublish', handler: 'post.unpublish', access: 'supporter', docs: ownWrite },
  {
    method: 'POST',
    path: '/posts/:documentId/cover',
    handler: 'post.uploadCover',
    access: 'supporter',
    docs: { ...ownWrite, multipart: imageUpload('cover') },
  },
  { method: 'DELETE', path: '/posts/:documentId/cover', handler: 'post.removeCover', access: 'supporter', docs: ownWrite },
  {
    method: 'POST',
    path: '/posts/:documentId/reports',
    handler: 'post.report',
    access: 'supporter',
    docs: { params: documentIdParam, body: reportPostBody, data: postReport },
  },
];
