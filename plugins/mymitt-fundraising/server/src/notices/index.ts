import type { Core } from '@strapi/strapi';
import { registerNotice } from '@mymitt/plugin-kit';
import { listenForPageMilestones, pageMilestoneNotice } from './page-milestones';
import { receiptNotice } from './receipt-notice';
import { listenForRefunds, refundNotice } from './refund-notice';

/**
 * Fundraising's notices (kit notices: staff edit their texts, en and es) and the durable listeners that
 * send the refund and milestone ones. Called from register(), so every notice is known before any
 * bootstrap. The receipt's listener is the receipts service's (services/finance/jobs.ts).
 */
export function registerFundraisingNotices(strapi: Core.Strapi) {
  registerNotice(strapi, receiptNotice);
  registerNotice(strapi, refundNotice);
  registerNotice(strapi, pageMilestoneNotice);
  listenForRefunds(strapi);
  listenForPageMilestones(strapi);
}
