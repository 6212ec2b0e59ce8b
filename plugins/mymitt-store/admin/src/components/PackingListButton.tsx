import { Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useAdminAction } from '@mymitt/admin-kit';
import { useMessages } from '../hooks/messages';
import { useOrderActions } from '../services/orders';

/** Downloads the packing list: one CSV row per item of the orders paid or fulfilled and not shipped yet. */
export const PackingListButton = () => {
  const t = useMessages();
  const { downloadPackingList } = useOrderActions();
  const { busy, run } = useAdminAction();
  const failure = t('orders.packingListFailed', 'The packing list could not be downloaded.');
  return (
    <Button
      variant="secondary"
      startIcon={<Download />}
      loading={busy === true}
      onClick={() => run(true, downloadPackingList, { failure })}
    >
      {t('orders.packingList', 'Packing list (CSV)')}
    </Button>
  );
};
