import type { Core } from '@strapi/strapi';
import { errors, validateZodSchema } from '@strapi/utils';
import { conflict, countOutboxItems, listOutboxItems, retryOutboxItem, type RequestContext } from '@mymitt/plugin-kit';
import { deliveriesQuery, deliveryIdParam } from '../../validators/notices';
import type { DeliveriesResponse, RetryResponse } from '../../../../shared/contracts/deliveries';

const parseList = validateZodSchema(deliveriesQuery);

/** Admin: the mail and other deliveries of the outbox (ACTIONS.deliveriesManage). Numeric ids: admin API only. */
const deliveries = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /mymitt-profiles/outbox?status=failed|retrying|pending|delivered|all&page=&pageSize= (newest first) */
  async list(ctx: RequestContext) {
    const { status, page, pageSize } = parseList(ctx.query ?? {});
    const [{ items, total }, counts] = await Promise.all([
      listOutboxItems(strapi, { status: status === 'all' ? undefined : status, page, pageSize }),
      countOutboxItems(strapi),
    ]);
    const body: DeliveriesResponse = {
      data: items,
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, status, counts },
    };
    ctx.body = body;
  },

  /** POST /mymitt-profiles/outbox/:id/retry — the item is due now and gets one more attempt. */
  async retry(ctx: RequestContext) {
    const parsed = deliveryIdParam.safeParse(ctx.params ?? {});
    const { item, queued } = parsed.success ? await retryOutboxItem(strapi, parsed.data.id) : { item: null, queued: false };
    if (!item) throw new errors.NotFoundError('There is no delivery with this id.', { code: 'delivery_not_found' });
    if (!queued) {
      throw conflict('This delivery was already made; a delivered item is never sent again.', { code: 'already_delivered', status: item.status });
    }
    const body: RetryResponse = { data: item };
    ctx.body = body;
  },
});

export default deliveries;
