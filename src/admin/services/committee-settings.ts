import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CommitteeSettingsForm } from '../../../shared/contracts/committee-settings';

const URL = '/content-manager/single-types/api::committee-setting.committee-setting';

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; settings: CommitteeSettingsForm };

function pick(record: Record<string, any>): CommitteeSettingsForm {
  return {
    committeeName: record.committeeName ?? '',
    disclaimer: record.disclaimer ?? '',
    defaultTimeZone: record.defaultTimeZone ?? 'America/New_York',
    supportedLocales: Array.isArray(record.supportedLocales) ? record.supportedLocales : ['en'],
  };
}

/** Reads and saves the committee settings through the admin-authenticated content-manager API. */
export function useCommitteeSettings() {
  const { get, put } = useFetchClient();
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    get<{ data: Record<string, any> }>(URL)
      .then((res) => setState({ status: 'ready', settings: pick(res.data.data) }))
      .catch(() => setState({ status: 'error' }));
  }, [get]);

  const save = useCallback(
    async (settings: CommitteeSettingsForm) => {
      const res = await put<{ data: Record<string, any> }>(URL, settings);
      setState({ status: 'ready', settings: pick(res.data.data) });
    },
    [put]
  );

  return { state, save };
}
