import { User } from '@strapi/icons';
import { definePluginAdmin } from '@mymitt/admin-kit';
import { PLUGIN_ID } from './plugin-id';
import { MENU_PERMISSIONS, PERMISSIONS } from './permissions';

/** Its own settings section: the app's "Campaign" section is created by the app after the plugins register. */
const addSettingsLink = (app: any) =>
  app.addSettingsLink(
    { id: PLUGIN_ID, intlLabel: { id: `${PLUGIN_ID}.settings.section`, defaultMessage: 'Supporters' } },
    {
      id: 'activity',
      to: PLUGIN_ID,
      intlLabel: { id: `${PLUGIN_ID}.settings.link`, defaultMessage: 'Activity, levels and badges' },
      Component: () => import('./pages/SettingsPage'),
      permissions: PERMISSIONS.read,
    }
  );

export default definePluginAdmin(
  { pluginId: PLUGIN_ID, name: 'Supporters', icon: User, permissions: MENU_PERMISSIONS, register: addSettingsLink },
  { app: () => import('./pages/App'), translations: (locale) => import(`./translations/${locale}.json`) }
);
