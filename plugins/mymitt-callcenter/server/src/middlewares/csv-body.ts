/**
 * CSV imports stream (up to importMaxBytes): the body parser would buffer text/* bodies under its 256 kB
 * text limit and refuse them. For text/csv requests to this plugin's admin routes this app middleware,
 * placed before strapi::body, hands the raw request stream to the route (ctx.state.csvStream) and lets
 * the body parser pass over it. The controller enforces the size limit while it reads.
 */
export default () => async (ctx: any, next: () => Promise<unknown>) => {
  if (ctx.method === 'POST' && ctx.path.startsWith('/mymitt-callcenter/') && ctx.is('text/csv')) {
    ctx.state.csvStream = ctx.req;
    ctx.req.headers['content-type'] = 'application/octet-stream';
  }
  return next();
};
