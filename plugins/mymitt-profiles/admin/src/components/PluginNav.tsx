import { SubNav } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../plugin-id';
import { usePluginPermissions } from '../hooks/use-plugin-permissions';

const BASE = `/plugins/${PLUGIN_ID}`;

/** The plugin's side navigation: only the pages the admin's role allows. */
export const PluginNav = () => {
  const { formatMessage } = useIntl();
  const can = usePluginPermissions();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage });

  const reports = [
    can.canRead && <SubNav.Link key="supporters" to={BASE} end label={t('nav.supporters', 'Supporters')} />,
    can.canReadReports && (
      <SubNav.Link key="super-volunteers" to={`${BASE}/super-volunteers`} label={t('nav.superVolunteers', 'Super-volunteers')} />
    ),
  ].filter(Boolean);
  const moderation = [
    can.canModeratePosts && <SubNav.Link key="posts" to={`${BASE}/moderation/posts`} label={t('nav.reportedPosts', 'Reported posts')} />,
    can.canApproveEvents && (
      <SubNav.Link key="events" to={`${BASE}/moderation/events`} label={t('nav.eventApproval', 'Events to approve')} />
    ),
  ].filter(Boolean);

  return (
    <SubNav.Main aria-label={t('plugin.name', 'Supporters')}>
      <SubNav.Header label={t('plugin.name', 'Supporters')} />
      <SubNav.Sections>
        {[
          reports.length > 0 && (
            <SubNav.Section key="reports" label={t('nav.reports', 'Reports')}>
              {reports}
            </SubNav.Section>
          ),
          moderation.length > 0 && (
            <SubNav.Section key="moderation" label={t('nav.moderation', 'Moderation')}>
              {moderation}
            </SubNav.Section>
          ),
        ].filter(Boolean)}
      </SubNav.Sections>
    </SubNav.Main>
  );
};
