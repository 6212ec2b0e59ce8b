import { Shirt } from '@strapi/icons';
import { PLUGIN_ID } from './plugin-id';
import { READ_PERMISSIONS } from './permissions';
import { translationsLoader } from '@mymitt/admin-kit';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Shirt,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Store' },
      Component: () => import('./pages/App'),
      permissions: READ_PERMISSIONS,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  registerTrads: translationsLoader(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};
