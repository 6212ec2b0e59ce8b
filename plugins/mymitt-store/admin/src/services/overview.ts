import { adminUrlFor, useAdminGet } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import type { PluginOverview } from '../../../shared/contracts/overview';

const adminUrl = adminUrlFor(PLUGIN_ID);

/** The plugin overview from its admin route (admin JWT sent by the fetch client). */
export const useOverview = () => useAdminGet<{ data: PluginOverview }>(adminUrl('/overview')).state;
