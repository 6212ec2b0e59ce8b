import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../plugin-id';
import type { PluginOverview } from '../../../shared/contracts/overview';

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; overview: PluginOverview };

/** Loads the plugin overview from its admin route (admin JWT sent by the fetch client). */
export function useOverview(): State {
  const { get } = useFetchClient();
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    get<{ data: PluginOverview }>(`/${PLUGIN_ID}/overview`)
      .then((res) => !cancelled && setState({ status: 'ready', overview: res.data.data }))
      .catch(() => !cancelled && setState({ status: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [get]);

  return state;
}
