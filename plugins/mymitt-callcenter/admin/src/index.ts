import { Phone } from '@strapi/icons';
import { definePluginAdmin } from '@mymitt/admin-kit';
import { PLUGIN_ID } from './plugin-id';
import { PERMISSIONS } from './permissions';

export default definePluginAdmin(
  { pluginId: PLUGIN_ID, name: 'Call center', icon: Phone, permissions: PERMISSIONS.read },
  { app: () => import('./pages/App'), translations: (locale) => import(`./translations/${locale}.json`) }
);
