import type { FeatureRoute } from '@mymitt/plugin-kit';
import { z } from '@strapi/utils';
import { MY_DONATIONS_LIST } from '../../controllers/donations/donations';
import { cancelByLinkBody, donationBody, emptyBody } from '../../validators/donation';
import { cancellation, donationStatus, myContribution, startedDonation } from '../../answers/donations';
import { documentIdParam } from '../../answers/compliance';

const DONATE_RATE_LIMIT = { name: 'plugin::mymitt-fundraising.donate-rate-limit' };
const STATUS_RATE_LIMIT = { name: 'plugin::mymitt-fundraising.status-rate-limit' };

export const donationRoutes: FeatureRoute[] = [
  // Guests and signed-in supporters alike; per-IP rate limited (SEC-04).
  {
    method: 'POST',
    path: '/donations',
    handler: 'donations.create',
    access: 'public',
    middlewares: [DONATE_RATE_LIMIT],
    docs: { body: donationBody, data: startedDonation },
  },
  {
    method: 'GET',
    path: '/donations/mine',
    handler: 'donations.mine',
    query: 'validated',
    access: 'supporter',
    docs: { listSpec: MY_DONATIONS_LIST, data: myContribution },
  },
  // The thanks page polls it (a guest has no token: the unguessable documentId from the return URL is the key).
  // Status and amount only, `Cache-Control: no-store`; its own generous per-IP limit, not the donate one.
  {
    method: 'GET',
    path: '/donations/:documentId/status',
    handler: 'donations.status',
    access: 'anyone',
    middlewares: [STATUS_RATE_LIMIT],
    docs: { params: documentIdParam, data: donationStatus },
  },
  {
    method: 'POST',
    path: '/donations/:documentId/cancel-recurring',
    handler: 'donations.cancelRecurring',
    access: 'supporter',
    docs: { params: documentIdParam, body: emptyBody, data: cancellation },
  },
  // A guest's receipt link (an HMAC token): no account needed to stop a monthly gift (FEC-12).
  {
    method: 'POST',
    path: '/donations/:documentId/cancel-recurring-by-link',
    handler: 'donations.cancelRecurringByLink',
    access: 'anyone',
    middlewares: [DONATE_RATE_LIMIT],
    docs: { params: { documentId: z.string() }, body: cancelByLinkBody, data: cancellation },
  },
];
