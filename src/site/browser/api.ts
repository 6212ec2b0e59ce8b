import { strapi } from '@strapi/client';
import { clearSession, currentSession } from './session';

/** A refusal from the API in Strapi's error shape, flattened for forms. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | undefined,
    readonly details: Record<string, any>
  ) {
    super(message);
  }

  /** Zod issues (`details.errors[].path`) as field name → message, for messages beside their fields. */
  fieldErrors(): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const issue of (this.details?.errors as Array<{ path?: Array<string | number>; message?: string }>) ?? []) {
      const path = (issue.path ?? []).filter((part) => part !== 'data');
      const name = String(path[0] ?? '');
      if (name && !fields[name]) fields[name] = issue.message ?? this.message;
    }
    return fields;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The official Strapi client on this origin's REST API, carrying the supporter's token when signed in. */
function client() {
  const session = currentSession();
  return strapi({ baseURL: `${location.origin}/api`, ...(session ? { auth: session.jwt } : {}) });
}

async function failureOf(response: Response): Promise<ApiFailure> {
  const body = await response.json().catch(() => null);
  const error = body?.error ?? {};
  if (response.status === 401 && currentSession()) clearSession();
  return new ApiFailure(response.status, error.message ?? response.statusText, error.details?.code, error.details ?? {});
}

/**
 * Calls a route of the public API. Writes send `{ data }` (Strapi's REST shape); the answer's body is
 * returned parsed. A 4xx/5xx becomes an ApiFailure with the server's message.
 */
export async function api<T = any>(method: Method, path: string, data?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await client().fetch(path, {
      method,
      headers: { accept: 'application/json', ...(data !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(data !== undefined ? { body: JSON.stringify({ data }) } : {}),
    });
  } catch (error: any) {
    // @strapi/client throws its HTTPError family for non-2xx answers; they keep the Response.
    if (error?.response instanceof Response) throw await failureOf(error.response);
    throw new ApiFailure(0, error?.message ?? 'Network error', 'network', {});
  }
  if (!response.ok) throw await failureOf(response);
  return (response.status === 204 ? null : await response.json()) as T;
}

/** Users-permissions' auth routes answer bare bodies (no `{ data }` wrapper is expected on input). */
export async function authApi<T = any>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await failureOf(response);
  return (await response.json()) as T;
}
