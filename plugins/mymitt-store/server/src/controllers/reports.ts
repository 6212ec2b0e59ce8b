import { getService } from '../utils/get-service';

/** Admin: low stock, sales by product and state, goal progress (no buyer identities). */
const reports = () => ({
  async lowStock(ctx: any) {
    ctx.body = { data: await getService('reports').lowStock() };
  },
  async sales(ctx: any) {
    ctx.body = { data: await getService('reports').sales() };
  },
  async goals(ctx: any) {
    ctx.body = { data: await getService('reports').goals() };
  },
});

export default reports;
