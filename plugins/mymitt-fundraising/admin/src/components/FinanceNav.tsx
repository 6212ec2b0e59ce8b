import { SubNav } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../plugin-id';
import { useMessages } from '../hooks/use-messages';
import { useFinancePermissions } from '../hooks/use-finance-permissions';

const BASE = `/plugins/${PLUGIN_ID}`;

/** The plugin's side navigation: only the pages the admin's role allows. */
export const FinanceNav = () => {
  const t = useMessages();
  const can = useFinancePermissions();
  return (
    <SubNav.Main aria-label={t('plugin.name', 'Fundraising')}>
      <SubNav.Header label={t('plugin.name', 'Fundraising')} />
      <SubNav.Sections>
        {[
          <SubNav.Section key="finance" label={t('nav.finance', 'Finance')}>
            {can.canRead && <SubNav.Link to={BASE} end label={t('nav.dashboard', 'Dashboard')} />}
            {can.canReadDonors && <SubNav.Link to={`${BASE}/donations`} label={t('nav.donations', 'Donations')} />}
            {can.canReadDonors && <SubNav.Link to={`${BASE}/excess`} label={t('nav.excess', 'Excessive contributions')} />}
            {can.canReadDonors && <SubNav.Link to={`${BASE}/duplicate-payments`} label={t('nav.duplicates', 'Duplicate payments')} />}
          </SubNav.Section>,
          <SubNav.Section key="settings" label={t('nav.settings', 'Settings')}>
            {[
              can.canRead && (
                <SubNav.Link key="compliance" to={`${BASE}/compliance`} label={t('compliance.title', 'Elections, limits and drives')} />
              ),
              can.canUpdateSettings && <SubNav.Link key="pages" to={`${BASE}/pages`} label={t('pages.title', 'Fundraising pages')} />,
            ]}
          </SubNav.Section>,
        ]}
      </SubNav.Sections>
    </SubNav.Main>
  );
};
