import type { ComponentType } from 'react';
import { translationsLoader } from './messages';

export interface PluginAdminOptions {
  pluginId: string;
  /** The menu entry's label (the plugin's `plugin.name` message, this as its default). */
  name: string;
  icon: ComponentType;
  /** Who sees the menu entry. */
  permissions: Array<{ action: string; subject?: string | null }>;
  /** Anything more to register (a settings link…), after the menu link and before `registerPlugin`. */
  register?: (app: any) => void;
}

/** The plugin's own dynamic imports: they stay in the plugin so the bundler finds its files. */
export interface PluginAdminLoaders {
  /** The plugin's pages: `() => import('./pages/App')` (lazy, so each plugin is its own chunk). */
  app: () => Promise<{ default: ComponentType }>;
  /** `(locale) => import(`./translations/${locale}.json`)`. */
  translations: (locale: string) => Promise<{ default: Record<string, string> }>;
}

/**
 * A plugin's admin entry (admin/src/index.ts): adds the menu link to `/plugins/<pluginId>`, registers the
 * plugin and loads its translations (keys prefixed with the plugin id).
 *
 *   export default definePluginAdmin(
 *     { pluginId: PLUGIN_ID, name: 'Call center', icon: Phone, permissions: PERMISSIONS.read },
 *     { app: () => import('./pages/App'), translations: (locale) => import(`./translations/${locale}.json`) }
 *   );
 */
export function definePluginAdmin(
  { pluginId, name, icon, permissions, register }: PluginAdminOptions,
  { app, translations }: PluginAdminLoaders
) {
  return {
    register(admin: any) {
      admin.addMenuLink({
        to: `plugins/${pluginId}`,
        icon,
        intlLabel: { id: `${pluginId}.plugin.name`, defaultMessage: name },
        Component: app,
        permissions,
      });
      register?.(admin);
      admin.registerPlugin({ id: pluginId, name: pluginId });
    },
    registerTrads: translationsLoader(pluginId, translations),
  };
}
