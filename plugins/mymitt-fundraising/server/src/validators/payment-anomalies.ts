import { z } from '@strapi/utils';

/** GET /finance/payment-anomalies (admin, donors.read). */
export const paymentAnomaliesQuery = z.object({ status: z.enum(['open', 'settled']).optional() }).strict();

/** POST /finance/payment-anomalies/:id/refund (admin, money.manage): refunds what is left of a duplicate payment. */
export const paymentAnomalyParams = z.object({ id: z.coerce.number().int().positive() }).strict();
export const refundPaymentAnomalyBody = z.object({}).strict();
