import type { SiteRoute } from './types';

export interface RouteMatch {
  route: SiteRoute;
  params: Record<string, string>;
}

/** Matches `/fundraise/:slug` style paths segment by segment; a trailing slash is ignored (except `/`). */
export function createRouter(routes: readonly SiteRoute[]) {
  const compiled = routes.map((route) => ({ route, segments: route.path.split('/').filter(Boolean) }));
  return (path: string): RouteMatch | null => {
    const segments = path.split('/').filter(Boolean);
    for (const { route, segments: pattern } of compiled) {
      if (pattern.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let matched = true;
      for (let index = 0; index < pattern.length && matched; index += 1) {
        const part = pattern[index];
        if (part.startsWith(':')) {
          let value: string;
          try {
            value = decodeURIComponent(segments[index]);
          } catch {
            return null;
          }
          params[part.slice(1)] = value;
        } else matched = part === segments[index];
      }
      if (matched) return { route, params };
    }
    return null;
  };
}
