import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { paymentAnomaliesQuery, paymentAnomalyParams, refundPaymentAnomalyBody } from '../../validators/payment-anomalies';

/** Duplicate payments the webhook flagged instead of booking (a contribution is paid once). */
const paymentAnomalies = (_: { strapi: Core.Strapi }) => ({
  /** GET /finance/payment-anomalies?status=open|settled (donors.read). */
  async list(ctx: RequestContext) {
    const { status } = await validateZodSchema(paymentAnomaliesQuery)(ctx.query ?? {});
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await getService('payment-anomalies').list(status) };
  },

  /** POST /finance/payment-anomalies/:id/refund (money.manage): 202, the flag settles with Stripe's charge.refunded. */
  async refund(ctx: RequestContext) {
    const { id } = await validateZodSchema(paymentAnomalyParams)(ctx.params);
    await validateZodSchema(refundPaymentAnomalyBody)(ctx.request.body ?? {});
    ctx.status = 202;
    ctx.body = { data: await getService('payment-anomalies').refund(id) };
  },
});

export default paymentAnomalies;
