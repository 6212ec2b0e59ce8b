import { Heart } from '@strapi/icons';
import { definePluginAdmin } from '@mymitt/admin-kit';
import { PLUGIN_ID } from './plugin-id';
import { PERMISSIONS } from './permissions';

export default definePluginAdmin(
  { pluginId: PLUGIN_ID, name: 'Fundraising', icon: Heart, permissions: PERMISSIONS.read },
  { app: () => import('./pages/App'), translations: (locale) => import(`./translations/${locale}.json`) }
);
