import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../plugin-id';

export type Loadable<Value> = { status: 'loading' } | { status: 'error'; message?: string } | { status: 'ready'; value: Value };

/** `/mymitt-profiles/<path>?<query>`: an admin route of this plugin (never the content API under /api). */
export function adminUrl(path: string, query: Record<string, string | number | undefined> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `/${PLUGIN_ID}${path}${search ? `?${search}` : ''}`;
}

/** The message of a Strapi error body (`{ error: { message } }`) thrown by the fetch client. */
export function apiErrorMessage(error: unknown): string | undefined {
  return (error as any)?.response?.data?.error?.message;
}

/** Zod issues of a 400 ValidationError, keyed by dotted path ('activityWeights.event.hosted'). */
export function apiValidationErrors(error: unknown): Record<string, string> {
  const issues: Array<{ path: string[]; message: string }> = (error as any)?.response?.data?.error?.details?.errors ?? [];
  return Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]));
}

/** GETs one admin URL (with the admin JWT) whenever it changes; `reload()` fetches it again. */
export function useAdminGet<Body>(url: string) {
  const { get } = useFetchClient();
  const [state, setState] = useState<Loadable<Body>>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    get<Body>(url)
      .then((res) => !cancelled && setState({ status: 'ready', value: res.data }))
      .catch((error) => !cancelled && setState({ status: 'error', message: apiErrorMessage(error) }));
    return () => {
      cancelled = true;
    };
  }, [get, url, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload };
}
