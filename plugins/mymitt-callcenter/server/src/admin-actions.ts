import { PLUGIN_ID } from './plugin-id';

const uid = (name: string) => `plugin::${PLUGIN_ID}.${name}`;

/** Full RBAC action ids of this plugin, for route policies and for the app's admin-role grants. */
export const ACTIONS = {
  /** See the plugin's pages: lists, phone banks, results. */
  read: uid('read'),
  /** Create lists, import CSVs, build phone banks, export results. */
  listsManage: uid('lists.manage'),
  /** The do-not-call registry: export, add, import, correct (TEL-03). */
  dncManage: uid('dnc.manage'),
  /** Plugin settings. */
  settingsUpdate: uid('settings.update'),
} as const;

/** Registered at register(); roles get them in Settings → Roles (uid: plugin::mymitt-callcenter.<uid>). */
export const adminActions = [
  { section: 'plugins', displayName: 'Read', uid: 'read', pluginName: PLUGIN_ID },
  {
    section: 'plugins',
    displayName: 'Manage call lists and phone banks',
    uid: 'lists.manage',
    subCategory: 'lists',
    pluginName: PLUGIN_ID,
  },
  { section: 'plugins', displayName: 'Manage the do-not-call registry', uid: 'dnc.manage', subCategory: 'dnc', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Manage settings', uid: 'settings.update', subCategory: 'settings', pluginName: PLUGIN_ID },
];

export const READ_ACTION = ACTIONS.read;
