import fs from 'fs';
import { useStrapi } from '../../helpers/strapi';
import { registeredRoutes } from '../../helpers/route-table';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OPENAPI_FILE, openApiDocument } = require('../../../scripts/lib/openapi-document');

/**
 * public/openapi.json is the content API's OpenAPI 3.1 document, generated from the route definitions
 * (`npm run openapi`). A route added, removed or changed without regenerating it fails here.
 */
describe('OpenAPI document', () => {
  const app = useStrapi();

  it('matches the routes of the booted app (regenerate with `npm run openapi`)', () => {
    const committed = fs.readFileSync(OPENAPI_FILE, 'utf8');
    expect(openApiDocument(app.strapi)).toBe(committed);
  });

  it('documents every plugin content-API route, and is served at /openapi.json', async () => {
    const document = JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8'));
    expect(document.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, item]) =>
        Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`)
      )
    );
    const pluginRoutes = registeredRoutes(app.strapi, 'content-api').filter((route) => route.path.startsWith('/api/mymitt-'));
    expect(pluginRoutes.length).toBeGreaterThan(50);
    const missing = pluginRoutes
      .map((route) => `${route.method} ${route.path.replace(/^\/api/, '').replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`)
      .filter((key) => !documented.has(key));
    expect(missing).toEqual([]);

    const served = await app.http().get('/openapi.json');
    expect(served.status).toBe(200);
    expect(served.body.paths).toEqual(document.paths);
  });
});
