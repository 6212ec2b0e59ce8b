import { Box, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { PLUGIN_ID } from '../plugin-id';
import { useOverview } from '../services/overview';

export const HomePage = () => {
  const { formatMessage } = useIntl();
  const state = useOverview();

  if (state.status === 'loading') return <Page.Loading />;
  if (state.status === 'error') return <Page.Error />;

  return (
    <Layouts.Root>
      <Layouts.Header
        title={formatMessage({ id: `${PLUGIN_ID}.plugin.name`, defaultMessage: state.overview.displayName })}
        subtitle={formatMessage({ id: `${PLUGIN_ID}.plugin.description`, defaultMessage: state.overview.description })}
      />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Typography tag="p" variant="omega">
            {formatMessage({ id: `${PLUGIN_ID}.home.ready`, defaultMessage: 'This module is installed and running.' })}
          </Typography>
          <Typography tag="p" variant="omega">
            <Link to="pages">{formatMessage({ id: `${PLUGIN_ID}.pages.title`, defaultMessage: 'Fundraising pages' })}</Link>
          </Typography>
        </Box>
      </Layouts.Content>
    </Layouts.Root>
  );
};
