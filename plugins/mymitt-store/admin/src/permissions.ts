import { PLUGIN_ID } from './plugin-id';

export const READ_PERMISSIONS = [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }];
