import { Shirt } from '@strapi/icons';
import { definePluginAdmin } from '@mymitt/admin-kit';
import { PLUGIN_ID } from './plugin-id';
import { READ_PERMISSIONS } from './permissions';

export default definePluginAdmin(
  { pluginId: PLUGIN_ID, name: 'Store', icon: Shirt, permissions: READ_PERMISSIONS },
  { app: () => import('./pages/App'), translations: (locale) => import(`./translations/${locale}.json`) }
);
