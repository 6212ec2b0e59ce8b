import { Phone } from '@strapi/icons';
import { PLUGIN_ID } from './plugin-id';
import { READ_PERMISSIONS } from './permissions';
import { translationsLoader } from '@mymitt/admin-kit';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Phone,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Call center' },
      Component: () => import('./pages/App'),
      permissions: READ_PERMISSIONS,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  registerTrads: translationsLoader(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};
