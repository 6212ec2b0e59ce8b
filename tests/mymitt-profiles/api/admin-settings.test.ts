import { useStrapi } from '../../helpers/strapi';
import { defaultConfig } from '../../../plugins/mymitt-profiles/server/src/config';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';

const app = useStrapi();
const DAY_MS = 24 * 60 * 60 * 1000;

// The plugin's config defaults, as config/plugins.ts leaves them (avatarMaxBytes is not a staff setting).
const { avatarMaxBytes: _notASetting, ...DEFAULTS } = defaultConfig;
type Settings = typeof DEFAULTS;
const withChanges = (change: (s: Settings) => void): Settings => {
  const copy = structuredClone(DEFAULTS);
  change(copy);
  return copy;
};

let web: SignedInAdmin;
let finance: SignedInAdmin;

const getSettings = (token?: string) => {
  const req = app.http().get('/mymitt-profiles/settings');
  return token ? req.set(bearer(token)) : req;
};
const putSettings = (body: unknown, token?: string) => {
  const req = app.http().put('/mymitt-profiles/settings');
  return (token ? req.set(bearer(token)) : req).send(body as object);
};
const standing = async (s: SignedInSupporter) => {
  const res = await app.http().get('/api/mymitt-profiles/profiles/me/standing').set(bearer(s.jwt));
  expect(res.status).toBe(200);
  return res.body.data;
};
const record = (eventName: string, userId: number, sourceId: string, occurredAt?: Date) =>
  app.strapi.plugin('mymitt-profiles').service('activity').record(eventName, { sourceId, userId, occurredAt: occurredAt?.toISOString() });

beforeAll(async () => {
  web = await signInAdmin(app, 'Web team');
  finance = await signInAdmin(app, 'Finance');
});

afterEach(async () => {
  await app.strapi.plugin('mymitt-profiles').service('settings').reset();
});

describe('plugin settings (GET/PUT /mymitt-profiles/settings)', () => {
  it('start from the plugin config defaults', async () => {
    const res = await getSettings(web.token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: DEFAULTS });
  });

  it('re-weigh activity: a saved weight changes a supporter standing at once', async () => {
    const caller = await signUpSupporter(app);
    for (let i = 0; i < 4; i += 1) await record('mymitt.call.completed', caller.user.id, `weights-${caller.user.id}-${i}`);
    expect(await standing(caller)).toMatchObject({ level: 1, points: 4 });

    const next = withChanges((s) => {
      s.activityWeights['call.completed'] = 5;
      s.pointsPerLevel = 5;
    });
    const res = await putSettings(next, web.token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: next });
    expect((await getSettings(web.token)).body.data).toEqual(next);

    expect(await standing(caller)).toMatchObject({
      level: 5,
      points: 20,
      breakdown: [{ kind: 'call.completed', count: 4, pointsEach: 5, points: 20 }],
    });
  });

  it('shorten the window: older activity ages out of the level', async () => {
    const host = await signUpSupporter(app);
    await record('mymitt.event.hosted', host.user.id, `window-${host.user.id}`, new Date(Date.now() - 30 * DAY_MS));
    expect(await standing(host)).toMatchObject({ points: 15, windowDays: 90 });

    expect(
      (
        await putSettings(
          withChanges((s) => (s.activityWindowDays = 7)),
          web.token
        )
      ).status
    ).toBe(200);
    expect(await standing(host)).toMatchObject({ level: 1, points: 0, breakdown: [], windowDays: 7 });
    // Badges are lifetime: the host badge stays.
    expect((await standing(host)).badges).toEqual([expect.objectContaining({ badge: 'host', tier: 1 })]);
  });

  it('save badge ladders and the event-approval switch', async () => {
    const next = withChanges((s) => {
      s.requireEventApproval = true;
      s.badgeLadders = [{ badge: 'door-knocker', kinds: ['event.attended', 'event.rsvp'], measure: 'count', thresholds: [2, 4] }];
    });
    expect((await putSettings(next, web.token)).status).toBe(200);
    expect((await getSettings(web.token)).body.data).toEqual(next);
  });

  it('refuse an incomplete or invalid set with 400 and change nothing', async () => {
    const { activityWeights: _weights, ...missingWeights } = DEFAULTS;
    const invalid: unknown[] = [
      { ...DEFAULTS, maxLevel: 20 },
      withChanges((s) => (s.activityWeights['event.hosted'] = -1)),
      { ...DEFAULTS, activityWeights: { ...DEFAULTS.activityWeights, 'made.up': 3 } },
      withChanges((s) => (s.badgeLadders[0].thresholds = [5, 3])),
      withChanges((s) => ((s.badgeLadders[0] as { kinds: string[] }).kinds = ['made.up'])),
      withChanges((s) => (s.activityWindowDays = 0)),
      { ...DEFAULTS, requireEventApproval: 'yes' },
      missingWeights,
      { pointsPerLevel: 5 },
      {},
    ];
    for (const body of invalid) {
      const res = await putSettings(body, web.token);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    }
    expect((await getSettings(web.token)).body.data).toEqual(DEFAULTS);
  });

  it('are read and changed only by admins whose role holds the plugin actions', async () => {
    const supporter = await signUpSupporter(app);
    const changed = withChanges((s) => (s.pointsPerLevel = 99));

    expect((await getSettings(finance.token)).status).toBe(403);
    expect((await putSettings(changed, finance.token)).status).toBe(403);
    for (const token of [undefined, supporter.jwt]) {
      expect([401, 403]).toContain((await getSettings(token)).status);
      expect([401, 403]).toContain((await putSettings(changed, token)).status);
    }
    // Not on the content API either.
    expect([404, 405]).toContain((await app.http().put('/api/mymitt-profiles/settings').set(bearer(supporter.jwt)).send(changed)).status);
    expect((await getSettings(web.token)).body.data).toEqual(DEFAULTS);
  });
});
