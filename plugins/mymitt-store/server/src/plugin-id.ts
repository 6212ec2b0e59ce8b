export const PLUGIN_ID = 'mymitt-store' as const;
