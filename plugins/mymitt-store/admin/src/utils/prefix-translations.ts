export function prefixTranslations(messages: Record<string, string>, pluginId: string) {
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${pluginId}.${key}`, value]));
}
