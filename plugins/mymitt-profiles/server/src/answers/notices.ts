import { z } from '@strapi/utils';

/** POST /notices/unsubscribe */
export const unsubscribed = z.object({ unsubscribed: z.literal(true) });
