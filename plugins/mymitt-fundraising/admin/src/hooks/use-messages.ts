import { messagesHookFor } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';

/** `t('nav.dashboard', 'Dashboard')`: this plugin's translation (translations/<locale>.json) or the default. */
export const useMessages = messagesHookFor(PLUGIN_ID);

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
/** 123456 → "$1,234.56". */
export const usd = (cents: number) => USD.format(cents / 100);
