export const PLUGIN_ID = 'mymitt-callcenter' as const;
