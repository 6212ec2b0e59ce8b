import type { FeatureRoute } from '@mymitt/plugin-kit';

// Literal paths before parameterised ones: `/posts/mine` before `/posts/:slug`.
export const blogRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/posts', handler: 'post.find', query: 'validated', access: 'anyone' },
  { method: 'GET', path: '/posts/mine', handler: 'post.mine', query: 'validated', access: 'supporter' },
  { method: 'GET', path: '/posts/:slug', handler: 'post.findOne', access: 'public' },
  { method: 'GET', path: '/authors/:profileSlug/posts', handler: 'post.findByAuthor', query: 'validated', access: 'anyone' },
  { method: 'POST', path: '/posts', handler: 'post.create', access: 'supporter' },
  { method: 'PUT', path: '/posts/:documentId', handler: 'post.update', access: 'supporter' },
  { method: 'DELETE', path: '/posts/:documentId', handler: 'post.delete', access: 'supporter' },
  { method: 'POST', path: '/posts/:documentId/publish', handler: 'post.publish', access: 'supporter' },
  { method: 'POST', path: '/posts/:documentId/unpublish', handler: 'post.unpublish', access: 'supporter' },
  { method: 'POST', path: '/posts/:documentId/cover', handler: 'post.uploadCover', access: 'supporter' },
  { method: 'DELETE', path: '/posts/:documentId/cover', handler: 'post.removeCover', access: 'supporter' },
  { method: 'POST', path: '/posts/:documentId/reports', handler: 'post.report', access: 'supporter' },
];
