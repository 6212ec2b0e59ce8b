import { z } from '@strapi/utils';
import { DELIVERY_FILTERS, type DeliveryFilter } from '../../../shared/contracts/deliveries';

const token = z.string().min(1).max(1000);

/**
 * POST /notices/unsubscribe: the token as JSON (`{ data: { token } }`, the site's page), or in the query
 * with RFC 8058's one-click form body `List-Unsubscribe=One-Click` (mail clients).
 */
export const unsubscribeBody = z
  .object({
    token: token.optional().describe('The token of the unsubscribe link (or give it as ?token=).'),
    'List-Unsubscribe': z.literal('One-Click').optional().describe("RFC 8058 one-click: a mail client's form body."),
  })
  .strict();

export const unsubscribeQuery = z.object({ token: token.optional() }).strict();

/** Admin: GET /outbox */
export const deliveriesQuery = z
  .object({
    status: z.enum(DELIVERY_FILTERS as [DeliveryFilter, ...DeliveryFilter[]]).default('failed'),
    page: z.coerce.number().int().min(1).max(10000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/** Admin: POST /outbox/:id/retry */
export const deliveryIdParam = z.object({ id: z.coerce.number().int().positive() }).strict();
