import type { Core } from '@strapi/strapi';

/** A refusal or failure from the public API, with Strapi's error envelope when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: { message?: string; details?: Record<string, unknown> } } | null
  ) {
    super(body?.error?.message ?? `The API answered ${status}.`);
  }
}

export type QueryValue = string | number | boolean | undefined | null;

export interface PublicApi {
  /** GET /api<path> as an anonymous visitor; resolves to the parsed JSON body. */
  get<T>(path: string, query?: Record<string, QueryValue>): Promise<T>;
}

function queryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The server renderer reads what an anonymous visitor may read and nothing more: it calls the public
 * REST API over loopback HTTP, so the same routes, policies, sanitizers and caches apply.
 */
export function loopbackApi(strapi: Core.Strapi): PublicApi {
  const base = () => {
    const address = strapi.server.httpServer.address();
    const port = address && typeof address === 'object' ? address.port : Number(strapi.config.get('server.port', 1337));
    return `http://127.0.0.1:${port}/api`;
  };
  return {
    async get<T>(path: string, query?: Record<string, QueryValue>) {
      const response = await fetch(`${base()}${path}${queryString(query)}`, { headers: { accept: 'application/json' } });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new ApiError(response.status, body as ApiError["body"]);
      return body as T;
    },
  };
}
