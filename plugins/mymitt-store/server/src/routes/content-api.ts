export default {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/meta', handler: 'meta.show', config: { policies: [] } }],
};
