import { Readable } from 'stream';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import {
  contributionParams,
  dashboardQuery,
  donationSearchQuery,
  excessFlagsQuery,
  recordOfflineGiftBody,
  refundBody,
  runExcessBody,
  scheduleAQuery,
} from '../../validators/finance';

const adminId = (ctx: any): number | null => ctx.state?.user?.id ?? null;

/** Finance staff's admin routes: offline gifts, refunds, FEC-10 flags, the Schedule A export, dashboard, search. */
const finance = (_: { strapi: Core.Strapi }) => ({
  /** POST /finance/offline-gifts (money.manage). */
  async recordOfflineGift(ctx: any) {
    const gift = await validateZodSchema(recordOfflineGiftBody)(ctx.request.body ?? {});
    ctx.created({ data: await getService('offline-gifts').record(gift, adminId(ctx)) });
  },

  /** POST /finance/contributions/:id/refunds (money.manage). */
  async refund(ctx: any) {
    const { id } = await validateZodSchema(contributionParams)(ctx.params);
    const body = await validateZodSchema(refundBody)(ctx.request.body ?? {});
    ctx.created({ data: await getService('refunds').refund(id, body, adminId(ctx)) });
  },

  /** GET /finance/contributions/:id/refunds (donors.read). */
  async refunds(ctx: any) {
    const { id } = await validateZodSchema(contributionParams)(ctx.params);
    const service = getService('refunds');
    ctx.body = { data: await service.of(id), meta: { refundableCents: await service.refundableCents(id) } };
  },

  /** GET /finance/donations (donors.read). */
  async donations(ctx: any) {
    const query = await validateZodSchema(donationSearchQuery)(ctx.query ?? {});
    const { results, pagination } = await getService('donations').search(query);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: results, meta: { pagination } };
  },

  /** GET /finance/dashboard (read): aggregates only. */
  async dashboard(ctx: any) {
    await validateZodSchema(dashboardQuery)(ctx.query ?? {});
    ctx.body = { data: await getService('dashboard').summary() };
  },

  /** GET /finance/excess-flags (donors.read). */
  async excessFlags(ctx: any) {
    const { status } = await validateZodSchema(excessFlagsQuery)(ctx.query ?? {});
    ctx.body = { data: await getService('excess-flags').list(status) };
  },

  /** POST /finance/excess-flags/run (money.manage): the FEC-10 job now. */
  async runExcessCheck(ctx: any) {
    await validateZodSchema(runExcessBody)(ctx.request.body ?? {});
    ctx.body = { data: await getService('excess-flags').run() };
  },

  /** GET /finance/schedule-a.csv (exports.read): streamed, formula-safe CSV. */
  async scheduleA(ctx: any) {
    const { cycle } = await validateZodSchema(scheduleAQuery)(ctx.query ?? {});
    ctx.set('Cache-Control', 'no-store');
    ctx.attachment(`schedule-a-${cycle ?? 'all'}-${new Date().toISOString().slice(0, 10)}.csv`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = Readable.from(getService('schedule-a').csv(cycle));
  },
});

export default finance;
