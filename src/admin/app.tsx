import type { StrapiApp } from '@strapi/strapi/admin';
import en from './translations/en.json';
import es from './translations/es.json';

const COMMITTEE_SETTINGS = 'api::committee-setting.committee-setting';

export default {
  config: {
    locales: ['es'],
    // Besides our own keys: the content manager looks up a content type's name by its displayName and a
    // field's label as `content-manager.content-types.<uid>.<field>` (Strapi 5 ListViewPage / FormLayout).
    translations: { en, es },
  },
  register(app: StrapiApp) {
    app.addSettingsLink(
      { id: 'mymitt', intlLabel: { id: 'mymitt.settings.section', defaultMessage: 'Campaign' } },
      {
        id: 'committee',
        to: 'committee',
        intlLabel: { id: 'mymitt.settings.committee', defaultMessage: 'Committee' },
        Component: () => import('./pages/CommitteeSettingsPage'),
        permissions: [{ action: 'plugin::content-manager.explorer.read', subject: COMMITTEE_SETTINGS }],
      }
    );
  },
  bootstrap() {},
};
