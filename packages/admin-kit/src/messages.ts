import { createContext, useCallback, useContext } from 'react';
import { useIntl } from 'react-intl';

/** `t('nav.dashboard', 'Dashboard', { count })`: a plugin's translation or the default. */
export type Translate = (id: string, defaultMessage: string, values?: Record<string, string | number>) => string;

/** A plugin's `useMessages()` hook: `export const useMessages = messagesHookFor(PLUGIN_ID)`. */
export function messagesHookFor(pluginId: string) {
  return function useMessages(): Translate {
    const { formatMessage } = useIntl();
    return useCallback<Translate>(
      (id, defaultMessage, values) => formatMessage({ id: `${pluginId}.${id}`, defaultMessage }, values),
      [formatMessage]
    );
  };
}

/** `{ 'nav.x': … }` → `{ '<pluginId>.nav.x': … }`, as the admin's translation store wants them. */
export function prefixTranslations(messages: Record<string, string>, pluginId: string) {
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${pluginId}.${key}`, value]));
}

/**
 * A plugin's `registerTrads`: loads `translations/<locale>.json` through `load` (a dynamic import that
 * stays in the plugin, so the bundler finds its files); a locale without a file gets no messages.
 */
export function translationsLoader(pluginId: string, load: (locale: string) => Promise<{ default: Record<string, string> }>) {
  return ({ locales }: { locales: string[] }) =>
    Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: messages } = await load(locale);
          return { data: prefixTranslations(messages, pluginId), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
}

/** The plugin's `t` for the kit's components under its `PluginApp` (headers and table columns named by message keys). */
export const PluginMessages = createContext<Translate | undefined>(undefined);

/** `given`, or the `t` of the plugin the component is rendered in. */
export function usePluginMessages(given?: Translate) {
  const fromApp = useContext(PluginMessages);
  return given ?? fromApp;
}
