import fs from 'fs';
import path from 'path';
import adminRoutes from '../../plugins/mymitt-profiles/server/src/routes/admin';

/**
 * The admin pages must call only admin-authenticated routes: every URL they build is one of the
 * plugin's admin routes (admin JWT + an RBAC action), and none reaches the content API under /api.
 */
const ADMIN_SRC = path.resolve(__dirname, '../../plugins/mymitt-profiles/admin/src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const sources = sourceFiles(ADMIN_SRC).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));

/** `/moderation/posts/${encodeURIComponent(id)}/remove` → `/moderation/posts/:param/remove`. */
const calledPaths = sources.flatMap(({ text }) =>
  [...text.matchAll(/adminUrl\(\s*(['`])(.*?)\1/g)].map((m) => m[2].replace(/\$\{[^}]*\}\)?\}?/g, ':param').replace(/\?.*$/, ''))
);

/** Segment by segment: a route's `:name` or a called `:param` (a variable in the page) matches any segment. */
function canMatch(routePath: string, called: string) {
  const route = routePath.split('/');
  const parts = called.split('/');
  return (
    route.length === parts.length && route.every((segment, i) => segment.startsWith(':') || parts[i] === ':param' || segment === parts[i])
  );
}

describe('mymitt-profiles admin pages', () => {
  it('build every URL through adminUrl (the plugin admin prefix), never a content-API /api URL', () => {
    expect(calledPaths.length).toBeGreaterThanOrEqual(8);
    for (const { file, text } of sources) expect({ file, api: /['"`]\/api\//.test(text) }).toEqual({ file, api: false });
  });

  it('call only routes of the admin router, each behind an admin JWT and an RBAC action', () => {
    for (const called of calledPaths) {
      const matches = adminRoutes.routes.filter((route) => canMatch(route.path, called));
      expect({ called, matched: matches.length > 0 }).toEqual({ called, matched: true });
      for (const route of matches) {
        expect(route.config.policies[0]).toBe('admin::isAuthenticatedAdmin');
        expect(route.config.policies[1]).toMatchObject({ name: 'admin::hasPermissions', config: { actions: [expect.any(String)] } });
      }
    }
  });
});
