import { Typography } from '@strapi/design-system';
import { AdminPage, Panel, QueryState, messagesHookFor } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { useOverview } from '../services/overview';

const useMessages = messagesHookFor(PLUGIN_ID);

/** The store's overview page: what the module is, and that its server side answers. */
export const HomePage = () => {
  const t = useMessages();
  const state = useOverview();
  return (
    <AdminPage title={t('plugin.name', 'Store')} subtitle={t('plugin.description', 'Official gear: products, stock, carts and orders.')}>
      <QueryState state={state}>
        {() => (
          <Panel>
            <Typography tag="p" variant="omega">
              {t('home.ready', 'This module is installed and running.')}
            </Typography>
          </Panel>
        )}
      </QueryState>
    </AdminPage>
  );
};
