import { PLUGIN_ID } from './plugin-id';

/** Admin RBAC actions of this plugin; roles get them in Settings → Roles (uid: plugin::mymitt-profiles.<uid>). */
export const adminActions = [
  { section: 'plugins', displayName: 'Read', uid: 'read', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Manage settings', uid: 'settings.update', subCategory: 'settings', pluginName: PLUGIN_ID },
];

export const READ_ACTION = `plugin::${PLUGIN_ID}.read`;
