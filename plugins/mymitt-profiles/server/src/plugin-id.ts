export const PLUGIN_ID = 'mymitt-profiles' as const;
