import { messagesHookFor } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';

/** `t('nav.dashboard', 'Dashboard')`: this plugin's translation (translations/<locale>.json) or the default. */
export const useMessages = messagesHookFor(PLUGIN_ID);
