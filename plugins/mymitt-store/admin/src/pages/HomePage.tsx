import { Box, Typography } from '@strapi/design-system';
import { Layouts } from '@strapi/strapi/admin';
import { QueryState } from '@mymitt/admin-kit';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../plugin-id';
import { useOverview } from '../services/overview';

export const HomePage = () => {
  const { formatMessage } = useIntl();
  const state = useOverview();

  return (
    <QueryState state={state}>
      {({ data: overview }) => (
        <Layouts.Root>
          <Layouts.Header
            title={formatMessage({ id: `${PLUGIN_ID}.plugin.name`, defaultMessage: overview.displayName })}
            subtitle={formatMessage({ id: `${PLUGIN_ID}.plugin.description`, defaultMessage: overview.description })}
          />
          <Layouts.Content>
            <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Typography tag="p" variant="omega">
                {formatMessage({ id: `${PLUGIN_ID}.home.ready`, defaultMessage: 'This module is installed and running.' })}
              </Typography>
            </Box>
          </Layouts.Content>
        </Layouts.Root>
      )}
    </QueryState>
  );
};
