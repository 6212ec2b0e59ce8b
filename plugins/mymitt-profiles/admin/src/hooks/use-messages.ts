import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../plugin-id';

/** `t('nav.supporters', 'Supporters')`: this plugin's translation (translations/<locale>.json) or the default. */
export function useMessages() {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
      formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage }, values),
    [formatMessage]
  );
}
