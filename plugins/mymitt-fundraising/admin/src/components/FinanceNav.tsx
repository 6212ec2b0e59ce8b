import { PluginNav } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { useMessages } from '../hooks/use-messages';
import { useFinancePermissions } from '../hooks/use-finance-permissions';

/**
 * The plugin's side navigation: only the pages the admin's role allows. (pages/App.tsx can instead hand
 * the same sections and a route table to the kit's PluginApp, which renders this nav itself.)
 */
export const FinanceNav = () => {
  const t = useMessages();
  const can = useFinancePermissions();
  const page = (path: string, section: string, label: string, allowed: boolean) => ({ path, section, label, allowed, element: null });
  return (
    <PluginNav
      pluginId={PLUGIN_ID}
      title={t('plugin.name', 'Fundraising')}
      sections={[
        { key: 'finance', label: t('nav.finance', 'Finance') },
        { key: 'settings', label: t('nav.settings', 'Settings') },
      ]}
      pages={[
        page('', 'finance', t('nav.dashboard', 'Dashboard'), can.canRead),
        page('donations', 'finance', t('nav.donations', 'Donations'), can.canReadDonors),
        page('excess', 'finance', t('nav.excess', 'Excessive contributions'), can.canReadDonors),
        page('duplicate-payments', 'finance', t('nav.duplicates', 'Duplicate payments'), can.canReadDonors),
        page('compliance', 'settings', t('compliance.title', 'Elections, limits and drives'), can.canRead),
        page('pages', 'settings', t('pages.title', 'Fundraising pages'), can.canUpdateSettings),
      ]}
    />
  );
};
