import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../plugin-id';

/** `t('nav.dashboard', 'Dashboard')`: this plugin's translation (translations/<locale>.json) or the default. */
export function useMessages() {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
      formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage }, values),
    [formatMessage]
  );
}

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
/** 123456 → "$1,234.56". */
export const usd = (cents: number) => USD.format(cents / 100);
