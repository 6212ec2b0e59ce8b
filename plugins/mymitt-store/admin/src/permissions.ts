import { pluginPermissions } from '@mymitt/admin-kit';
import { PLUGIN_ID } from './plugin-id';

export const { read: READ_PERMISSIONS } = pluginPermissions(PLUGIN_ID, { read: 'read' });
