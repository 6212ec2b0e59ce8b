import { useCallback, useState } from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { apiErrorMessage } from './request';

/**
 * Runs one admin action at a time with visible feedback: `busy` is the key of the running action (a row's
 * id, or `true`), a success notification when `success` is given, and on failure the server's message
 * (Strapi's error envelope) or `failure`. `run` resolves to whether the action succeeded.
 */
export function useAdminAction<Key extends string | number | boolean = boolean>() {
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState<Key | null>(null);
  const run = useCallback(
    async (key: Key, action: () => Promise<unknown>, messages: { success?: string; failure: string }) => {
      setBusy(key);
      try {
        await action();
        if (messages.success) toggleNotification({ type: 'success', message: messages.success });
        return true;
      } catch (error) {
        toggleNotification({ type: 'danger', message: apiErrorMessage(error) ?? messages.failure });
        return false;
      } finally {
        setBusy(null);
      }
    },
    [toggleNotification]
  );
  return { busy, run };
}
