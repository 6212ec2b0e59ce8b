/** Liveness for load balancers: answers without touching the database (also the `floor` bench). */
export default {
  check(ctx) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { status: 'ok' };
  },
};
