export const PLUGIN_ID = 'mymitt-fundraising' as const;
