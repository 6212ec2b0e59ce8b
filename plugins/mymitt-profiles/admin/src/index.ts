import { User } from '@strapi/icons';
import { PLUGIN_ID } from './plugin-id';
import { PERMISSIONS } from './permissions';
import { translationsLoader } from '@mymitt/admin-kit';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: User,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Supporters' },
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.read,
    });
    // Its own section: the app's "Campaign" section is created by the app after the plugins register.
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
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  registerTrads: translationsLoader(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};
