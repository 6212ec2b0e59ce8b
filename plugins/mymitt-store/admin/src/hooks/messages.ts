import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { messagesHookFor } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';

/** `t('orders.title', 'Orders')`: this plugin's translation (translations/<locale>.json) or the default. */
export const useMessages = messagesHookFor(PLUGIN_ID);

/** Cents as dollars in the admin's language: 4900 → "$49.00" (en), "49,00 US$" (es). */
export function useDollars() {
  const { formatNumber } = useIntl();
  return useCallback((cents: number) => formatNumber(cents / 100, { style: 'currency', currency: 'USD' }), [formatNumber]);
}

/** An ISO time as a short date in the admin's language. */
export function useShortDate() {
  const { formatDate } = useIntl();
  return useCallback((iso: string | null) => (iso ? formatDate(iso, { dateStyle: 'medium' }) : '—'), [formatDate]);
}

/**
 * A table's header row from `{ key: English default }`: `columns('sales', { units: 'Units' })` →
 * `[t('sales.units', 'Units')]`, in the object's order.
 */
export function useColumns() {
  const t = useMessages();
  return useCallback(
    (prefix: string, columns: Record<string, string>) => Object.entries(columns).map(([key, text]) => t(`${prefix}.${key}`, text)),
    [t]
  );
}
