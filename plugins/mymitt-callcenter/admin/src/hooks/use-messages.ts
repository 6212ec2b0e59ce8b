// Same helper as mymitt-profiles/admin/src/hooks/use-messages.ts (plugins do not import each other's files).
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
