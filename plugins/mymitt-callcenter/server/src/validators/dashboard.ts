import { z } from '@strapi/utils';

/** GET /dashboard: an optional phone bank; any other parameter is a 400 (SEC-05). */
export const dashboardQuery = z.object({ phoneBankId: z.coerce.number().int().positive().optional() }).strict();
