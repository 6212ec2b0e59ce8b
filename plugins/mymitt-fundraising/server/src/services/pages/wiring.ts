import type { Core } from '@strapi/strapi';
import { getService } from '../../utils/get-service';

/**
 * Connects pages to the ledger at bootstrap: gifts credit the page owner as fundraiser (FEC-13: credit
 * only, the donor stays the card holder), and a ledger row of a page drops that page's cached public
 * answers once its transaction commits (so the thermometer matches the ledger on this instance at once).
 */
export function wirePagesToLedger(_strapi: Core.Strapi) {
  const pages = getService('pages');
  getService('ledger').setFundraiserResolver((contribution) => pages.fundraiserOf(contribution));

  getService('ledger').onPageMoney((pageId) => pages.forgetPageMoney(pageId));
}
