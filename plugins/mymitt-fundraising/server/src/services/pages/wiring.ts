import type { Core } from '@strapi/strapi';
import { afterCommit } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { LEDGER_UID } from '../ledger/tables';

/**
 * Connects pages to the ledger at bootstrap: gifts credit the page owner as fundraiser (FEC-13: credit
 * only, the donor stays the card holder), and a ledger row of a page drops that page's cached public
 * answers once its transaction commits (so the thermometer matches the ledger on this instance at once).
 */
export function wirePagesToLedger(strapi: Core.Strapi) {
  const pages = getService('pages');
  getService('ledger').setFundraiserResolver((contribution) => pages.fundraiserOf(contribution));

  strapi.db.lifecycles.subscribe({
    models: [LEDGER_UID],
    async afterCreate(event: any) {
      const pageId = Number(event.result?.pageId ?? event.params?.data?.pageId);
      if (!pageId) return;
      await afterCommit(strapi, () => pages.forgetPageMoney(pageId));
    },
  });
}
