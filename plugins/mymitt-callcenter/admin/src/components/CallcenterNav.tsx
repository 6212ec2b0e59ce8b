import { SubNav } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../plugin-id';
import { useMessages } from '../hooks/use-messages';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';

const BASE = `/plugins/${PLUGIN_ID}`;

/** The plugin's side navigation: only the pages the admin's role allows. */
export const CallcenterNav = () => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  return (
    <SubNav.Main aria-label={t('plugin.name', 'Call center')}>
      <SubNav.Header label={t('plugin.name', 'Call center')} />
      <SubNav.Sections>
        {[
          <SubNav.Section key="calling" label={t('nav.calling', 'Calling')}>
            {[
              can.canRead && <SubNav.Link key="dashboard" to={BASE} end label={t('nav.dashboard', 'Dashboard')} />,
              can.canRead && <SubNav.Link key="banks" to={`${BASE}/phone-banks`} label={t('nav.phoneBanks', 'Phone banks')} />,
              can.canRead && <SubNav.Link key="lists" to={`${BASE}/lists`} label={t('nav.lists', 'Call lists')} />,
            ]}
          </SubNav.Section>,
          <SubNav.Section key="compliance" label={t('nav.compliance', 'Compliance')}>
            {[can.canManageDnc && <SubNav.Link key="dnc" to={`${BASE}/dnc`} label={t('nav.dnc', 'Do-not-call registry')} />]}
          </SubNav.Section>,
        ]}
      </SubNav.Sections>
    </SubNav.Main>
  );
};
