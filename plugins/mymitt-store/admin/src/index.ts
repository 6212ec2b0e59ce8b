import { Shirt } from '@strapi/icons';
import { PLUGIN_ID } from './plugin-id';
import { READ_PERMISSIONS } from './permissions';
import { prefixTranslations } from './utils/prefix-translations';

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

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: messages } = await import(`./translations/${locale}.json`);
          return { data: prefixTranslations(messages, PLUGIN_ID), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
