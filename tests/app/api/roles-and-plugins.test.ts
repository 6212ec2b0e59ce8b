import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin } from '../../helpers/admins';
import { signUpSupporter } from '../../helpers/supporters';
import { isPostgresRun } from '../../helpers/database';

const app = useStrapi();

const PLUGINS = ['mymitt-profiles', 'mymitt-fundraising', 'mymitt-callcenter', 'mymitt-store'];

async function grantedActions(roleType: 'public' | 'authenticated') {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  const rows = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
  return rows.map((r: any) => r.action as string);
}

describe('the database', () => {
  it('is the one this run tests: PostgreSQL under test:pg, SQLite otherwise', () => {
    expect(app.strapi.db.dialect.client).toBe(isPostgresRun() ? 'postgres' : 'sqlite');
  });

  it('runs SQLite in WAL mode with a busy timeout', async () => {
    if (isPostgresRun()) return;
    const [journal] = await app.strapi.db.connection.raw('PRAGMA journal_mode');
    const [timeout] = await app.strapi.db.connection.raw('PRAGMA busy_timeout');
    expect(journal).toEqual({ journal_mode: 'wal' });
    expect(Object.values(timeout)[0]).toBe(5000);
  });
});

describe('the four MyMitt plugins', () => {
  it.each(PLUGINS)('%s is loaded with its validated config and answers on the content API', async (name) => {
    expect(app.strapi.plugin(name)).toBeDefined();
    expect(app.strapi.config.get(`plugin::${name}`)).toEqual(expect.any(Object));

    const res = await app.http().get(`/api/${name}/meta`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ plugin: name, displayName: expect.any(String) });
  });

  it.each(PLUGINS)('%s serves its admin overview to a super admin and not to anonymous callers', async (name) => {
    const admin = await signInAdmin(app);
    const ok = await app.http().get(`/${name}/overview`).set(bearer(admin.token));
    expect(ok.status).toBe(200);
    expect(ok.body.data.plugin).toBe(name);

    const anonymous = await app.http().get(`/${name}/overview`);
    expect(anonymous.status).toBe(401);
  });

  it('exposes the public part of each plugin config, nothing more', async () => {
    const res = await app.http().get('/api/mymitt-callcenter/meta');
    expect(res.body.data.settings).toEqual({ callingWindow: { startHour: 8, endHour: 21 } });
    expect(res.body.data.settings.leaseSeconds).toBeUndefined();
  });
});

describe('supporter roles', () => {
  it('lets Public read published pages and register, and nothing that needs an account', async () => {
    const actions = await grantedActions('public');
    expect(actions).toEqual(
      expect.arrayContaining(['api::page.page.find', 'api::page.page.findBySlug', 'plugin::users-permissions.auth.register'])
    );
    expect(actions).not.toContain('plugin::users-permissions.user.me');
    expect(actions).not.toContain('plugin::users-permissions.user.find');
  });

  it('gives Authenticated the supporter actions each plugin declares', async () => {
    const actions = await grantedActions('authenticated');
    for (const name of PLUGINS) {
      const declared: string[] = app.strapi.plugin(name).service('access').supporterActions();
      expect(actions).toEqual(expect.arrayContaining(declared));
    }
    expect(actions).toContain('plugin::users-permissions.user.me');
    expect(actions).not.toContain('plugin::users-permissions.user.find');
  });

  it('does not let a supporter list other supporters', async () => {
    const supporter = await signUpSupporter(app);
    const res = await app.http().get('/api/users').set(bearer(supporter.jwt));
    expect(res.status).toBe(403);
  });
});

describe('admin roles', () => {
  it('lets each campaign role open its own plugin and not the others', async () => {
    const expectations: Array<[string, string[], string[]]> = [
      ['Web team', ['mymitt-profiles', 'mymitt-store'], ['mymitt-fundraising', 'mymitt-callcenter']],
      ['Finance', ['mymitt-fundraising'], ['mymitt-callcenter', 'mymitt-profiles']],
      ['Call center manager', ['mymitt-callcenter'], ['mymitt-fundraising', 'mymitt-profiles', 'mymitt-store']],
    ];
    for (const [roleName, allowed, denied] of expectations) {
      const staff = await signInAdmin(app, roleName);
      for (const name of allowed) {
        expect({ roleName, name, status: (await app.http().get(`/${name}/overview`).set(bearer(staff.token))).status }).toEqual({
          roleName,
          name,
          status: 200,
        });
      }
      for (const name of denied) {
        expect({ roleName, name, status: (await app.http().get(`/${name}/overview`).set(bearer(staff.token))).status }).toEqual({
          roleName,
          name,
          status: 403,
        });
      }
    }
  });

  it('lets the web team edit pages in the content manager and keeps Finance out of them', async () => {
    const finance = await signInAdmin(app, 'Finance');
    const res = await app
      .http()
      .post('/content-manager/collection-types/api::page.page?locale=en')
      .set(bearer(finance.token))
      .send({ title: 'Finance page', slug: 'finance-page' });
    expect(res.status).toBe(403);

    const webTeam = await signInAdmin(app, 'Web team');
    const ok = await app
      .http()
      .post('/content-manager/collection-types/api::page.page?locale=en')
      .set(bearer(webTeam.token))
      .send({ title: 'Web team page', slug: 'web-team-page' });
    expect(ok.status).toBe(201);
  });
});
