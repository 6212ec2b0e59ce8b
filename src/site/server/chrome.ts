import type { PublicApi } from './api-client';
import type { SiteChrome } from './types';

const TTL_MS = 60_000;

/** The committee's name and disclaimer, read from the public settings route and kept a minute. */
export function createChromeSource(api: PublicApi) {
  let cached: { value: SiteChrome; expiresAt: number } | undefined;
  return {
    async get(): Promise<SiteChrome> {
      if (cached && cached.expiresAt > Date.now()) return cached.value;
      const body = await api.get<{ data: SiteChrome }>('/committee-setting');
      const value = { committeeName: body.data.committeeName, disclaimer: body.data.disclaimer };
      cached = { value, expiresAt: Date.now() + TTL_MS };
      return value;
    },
    forget() {
      cached = undefined;
    },
  };
}
