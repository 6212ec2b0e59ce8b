import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';

/** One request's state: loading, failed (with the server's message, if any), or its value. */
export type Loadable<Value> = { status: 'loading' } | { status: 'error'; message?: string } | { status: 'ready'; value: Value };

export type Query = Record<string, string | number | undefined>;

/** `/<pluginId><path>?<query>`: an admin route of a plugin (never the content API under /api); empty values are left out. */
export function pluginAdminUrl(pluginId: string, path: string, query: Query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `/${pluginId}${path}${search ? `?${search}` : ''}`;
}

/** A plugin's `adminUrl(path, query)`: `export const adminUrl = adminUrlFor(PLUGIN_ID)`. */
export function adminUrlFor(pluginId: string) {
  return (path: string, query: Query = {}) => pluginAdminUrl(pluginId, path, query);
}

/** The message of a Strapi error body (`{ error: { message } }`) thrown by the fetch client. */
export function apiErrorMessage(error: unknown): string | undefined {
  return (error as any)?.response?.data?.error?.message;
}

/** `error.details.code` of a Strapi error body (the kit's refusals carry one). */
export function apiErrorCode(error: unknown): string | undefined {
  return (error as any)?.response?.data?.error?.details?.code;
}

/** Zod issues of a 400 ValidationError, keyed by dotted path ('questions.0.options.1.value'). */
export function apiValidationErrors(error: unknown): Record<string, string> {
  const issues: Array<{ path: Array<string | number>; message: string }> = (error as any)?.response?.data?.error?.details?.errors ?? [];
  return Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]));
}

/**
 * GETs one admin URL (with the admin JWT) whenever it changes; `reload()` fetches it again. With
 * `refreshMs`, it fetches again on that period while mounted (a failed refresh keeps the last figures).
 */
export function useAdminGet<Body>(url: string, { refreshMs }: { refreshMs?: number } = {}) {
  const { get } = useFetchClient();
  const [state, setState] = useState<Loadable<Body>>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    get<Body>(url)
      .then((res) => !cancelled && setState({ status: 'ready', value: res.data }))
      .catch(
        (error) =>
          !cancelled &&
          setState((previous) =>
            previous.status === 'ready' && refreshMs ? previous : { status: 'error', message: apiErrorMessage(error) }
          )
      );
    return () => {
      cancelled = true;
    };
  }, [get, url, version]);

  useEffect(() => {
    if (!refreshMs) return undefined;
    const timer = setInterval(() => setVersion((v) => v + 1), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload };
}

/** Hands a Blob to the browser as a downloaded file. */
export function saveBlob(blob: Blob, filename: string) {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(href);
}

/**
 * Downloads an admin CSV URL through the fetch client (so the admin JWT is sent: a plain link would not
 * carry it) and saves it, named by the server's Content-Disposition or `fallbackName`.
 */
export function useCsvDownload() {
  const { get } = useFetchClient();
  return useCallback(
    async (url: string, fallbackName: string) => {
      const res = await get<Blob>(url, { responseType: 'blob' });
      const disposition = res.headers?.get('Content-Disposition') ?? '';
      saveBlob(res.data, /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName);
    },
    [get]
  );
}

export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
}

/** An upload refused by the server: its status and Strapi's error message. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message);
  }
}

/**
 * POSTs a CSV file as the raw `text/csv` body of an admin URL (import routes stream the request),
 * reporting bytes sent. The fetch client cannot report upload progress and would JSON-encode the file,
 * so this is an XMLHttpRequest with the admin JWT; a cheap GET of `renewUrl` through the fetch client
 * first lets it renew an expired access token.
 */
export function useCsvUpload(renewUrl: string) {
  const { get } = useFetchClient();
  const token = useAuth('MyMittAdminKitUpload', (state) => state.token);
  const latestToken = useRef(token);
  latestToken.current = token;

  return useCallback(
    async <Body>(url: string, file: File, onProgress: (progress: UploadProgress) => void): Promise<Body> => {
      await get(renewUrl).catch(() => undefined);
      const backendURL: string = (window as any).strapi?.backendURL ?? '';
      return new Promise<Body>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `${backendURL}${url}`);
        xhr.withCredentials = true;
        xhr.setRequestHeader('Content-Type', 'text/csv');
        xhr.setRequestHeader('Accept', 'application/json');
        if (latestToken.current) xhr.setRequestHeader('Authorization', `Bearer ${latestToken.current}`);
        xhr.upload.onprogress = (event) =>
          onProgress({ sentBytes: event.loaded, totalBytes: event.lengthComputable ? event.total : file.size });
        xhr.onerror = () => reject(new UploadError('The upload failed: network error', 0));
        xhr.onload = () => {
          let body: any = null;
          try {
            body = JSON.parse(xhr.responseText);
          } catch {
            body = null;
          }
          if (xhr.status >= 200 && xhr.status < 300) resolve(body as Body);
          else reject(new UploadError(body?.error?.message ?? `The upload failed (${xhr.status})`, xhr.status));
        };
        xhr.send(file);
      });
    },
    [get, renewUrl]
  );
}
