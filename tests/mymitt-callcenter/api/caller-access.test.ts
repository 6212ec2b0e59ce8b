import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { bearer, signInAdmin } from '../../helpers/admins';
import { PHONE_BANKS, bankUrl, documentIdOf, bankWithContacts, callOnce, createList, manager, setClock } from './helpers';

process.env.AUTH_RATE_LIMIT = 'false';
process.env.CALL_NEXT_RATE_LIMIT_MAX = '10000';

const app = useStrapi();
const PROFILES_API = '/api/mymitt-profiles';
const CALLERS = 'mymitt_phone_bank_callers';
/** 14:00 in New York: New Hampshire contacts are callable. */
const MIDDAY = new Date('2026-06-15T18:00:00Z');

const as = (who: SignedInSupporter) => bearer(who.jwt);
const next = (who: SignedInSupporter, bankId: number) =>
  app
    .http()
    .post(`${bankUrl(bankId)}/next`)
    .set(as(who))
    .send({});
const openBank = async (who: SignedInSupporter, bankId: number) =>
  ((await app.http().get(`${PHONE_BANKS}?pagination[pageSize]=100`).set(as(who))).body.data as any[]).find(
    (b) => b.documentId === documentIdOf(bankId)
  );
const apply = (who: SignedInSupporter, bankId: number, body: Record<string, unknown> = {}) =>
  app
    .http()
    .post(`${bankUrl(bankId)}/apply`)
    .set(as(who))
    .send({ data: body });
const adminCallers = (token: string, bankId: number) =>
  app.http().get(`/mymitt-callcenter/phone-banks/${bankId}/callers`).set(bearer(token));
const decide = (token: string, bankId: number, userId: number, verb: 'approve' | 'revoke') =>
  app.http().post(`/mymitt-callcenter/phone-banks/${bankId}/callers/${userId}/${verb}`).set(bearer(token)).send({});

async function startGroup(owner: SignedInSupporter, name: string) {
  const res = await app.http().post(`${PROFILES_API}/groups`).set(as(owner)).send({ name });
  expect(res.status).toBe(201);
  return res.body.data.slug as string;
}

beforeEach(() => setClock(app, MIDDAY));
afterEach(() => setClock(app, null));

describe('who may call: group banks', () => {
  it('members of the group may call, others get 403; joining and leaving the group takes effect at once', async () => {
    const admin = await manager(app);
    const owner = await signUpSupporter(app);
    const member = await signUpSupporter(app);
    const outsider = await signUpSupporter(app);
    const slug = await startGroup(owner, 'Nashua phone team');
    expect((await app.http().post(`${PROFILES_API}/groups/${slug}/join`).set(as(member)).send({})).status).toBe(200);

    // A group bank must name its group.
    const unnamed = await app
      .http()
      .post('/mymitt-callcenter/phone-banks')
      .set(bearer(admin.token))
      .send({ name: 'No group', listId: await createList(app, admin, 'Unnamed group list'), whoMayCall: 'group' });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.details.errors[0].path).toEqual(['groupSlug']);
    expect(await app.strapi.db.connection('mymitt_phone_banks').where({ name: 'No group' })).toHaveLength(0);
    const bankId = await bankWithContacts(app, admin, 'Group bank', 4000, 6, { whoMayCall: 'group', groupSlug: slug });
    expect(
      (await app.http().put(`/mymitt-callcenter/phone-banks/${bankId}`).set(bearer(admin.token)).send({ groupSlug: null })).status
    ).toBe(400);

    expect((await next(member, bankId)).status).toBe(200);
    const refused = await next(outsider, bankId);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      data: null,
      error: { status: 403, name: 'ForbiddenError', details: { code: 'not_group_member', groupSlug: slug } },
    });
    expect(refused.body.error.message).toBe('This phone bank is open to the members of one group: join the group to call.');
    expect(
      (
        await app
          .http()
          .get(`${bankUrl(bankId)}/current`)
          .set(as(outsider))
      ).status
    ).toBe(403);

    expect(await openBank(member, bankId)).toEqual({
      documentId: documentIdOf(bankId),
      name: 'Group bank',
      instructions: null,
      whoMayCall: 'group',
      groupSlug: slug,
      mayCall: true,
      application: null,
    });
    expect(await openBank(outsider, bankId)).toMatchObject({ whoMayCall: 'group', groupSlug: slug, mayCall: false });

    // The outsider joins the (open) group: they may call now. The member leaves: they may not.
    expect((await app.http().post(`${PROFILES_API}/groups/${slug}/join`).set(as(outsider)).send({})).status).toBe(200);
    expect((await next(outsider, bankId)).status).toBe(200);
    await callOnce(app, member.jwt, bankId, 'talked');
    expect((await app.http().post(`${PROFILES_API}/groups/${slug}/leave`).set(as(member)).send({})).status).toBe(200);
    expect((await next(member, bankId)).status).toBe(403);
    expect((await openBank(member, bankId)).mayCall).toBe(false);
  });

  it('group-memberships.isMember (profiles) answers for active members only, false for an unknown group', async () => {
    const owner = await signUpSupporter(app);
    const other = await signUpSupporter(app);
    const slug = await startGroup(owner, 'Membership check');
    const memberships = app.strapi.plugin('mymitt-profiles').service('group-memberships');
    expect(await memberships.isMember(owner.user.id, slug)).toBe(true);
    expect(await memberships.isMember(other.user.id, slug)).toBe(false);
    expect(await memberships.isMember(owner.user.id, 'no-such-group')).toBe(false);
  });

  it('without the profiles plugin a group bank is closed to everyone with a clear 403', async () => {
    const admin = await manager(app);
    const owner = await signUpSupporter(app);
    const slug = await startGroup(owner, 'Profiles gone');
    const bankId = await bankWithContacts(app, admin, 'Orphan group bank', 4100, 2, { whoMayCall: 'group', groupSlug: slug });
    expect((await next(owner, bankId)).status).toBe(200);

    const realPlugin = app.strapi.plugin.bind(app.strapi);
    const spy = jest
      .spyOn(app.strapi, 'plugin')
      .mockImplementation(((name: string) => (name === 'mymitt-profiles' ? undefined : realPlugin(name))) as any);
    try {
      const res = await app
        .http()
        .get(`${bankUrl(bankId)}/current`)
        .set(as(owner));
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        'This phone bank is open to a supporter group, and groups are not available here: nobody can call it.'
      );
      expect(res.body.error.details.code).toBe('groups_unavailable');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('who may call: approved banks', () => {
  it('apply → 403 until approved → may lease → revoked → 403; managers see who applied; history is kept', async () => {
    const admin = await manager(app);
    const bankId = await bankWithContacts(app, admin, 'Approved bank', 4200, 6, { whoMayCall: 'approved' });
    const caller = await signUpSupporter(app);

    const before = await next(caller, bankId);
    expect(before.status).toBe(403);
    expect(before.body.error).toMatchObject({ name: 'ForbiddenError', details: { code: 'not_approved_caller', application: null } });
    expect(await openBank(caller, bankId)).toMatchObject({ whoMayCall: 'approved', mayCall: false, application: null });

    const applied = await apply(caller, bankId);
    expect(applied.status).toBe(201);
    expect(applied.body.data).toEqual({
      phoneBankDocumentId: documentIdOf(bankId),
      status: 'requested',
      requestedAt: MIDDAY.toISOString(),
    });
    expect((await apply(caller, bankId)).status).toBe(200);
    expect((await next(caller, bankId)).status).toBe(403);
    expect((await openBank(caller, bankId)).application).toBe('requested');

    const listed = await adminCallers(admin.token, bankId);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      {
        userId: caller.user.id,
        username: caller.user.username,
        email: caller.user.email,
        status: 'requested',
        requestedAt: MIDDAY.toISOString(),
        decidedAt: null,
        decidedByAdminId: null,
      },
    ]);

    const approved = await decide(admin.token, bankId, caller.user.id, 'approve');
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ status: 'approved', decidedByAdminId: admin.id, decidedAt: MIDDAY.toISOString() });
    expect(await openBank(caller, bankId)).toMatchObject({ mayCall: true, application: 'approved' });
    await callOnce(app, caller.jwt, bankId, 'talked');

    setClock(app, new Date('2026-06-15T19:00:00Z'));
    expect((await decide(admin.token, bankId, caller.user.id, 'revoke')).body.data).toMatchObject({ status: 'revoked' });
    expect((await next(caller, bankId)).status).toBe(403);
    const again = await apply(caller, bankId);
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ code: 'access_revoked', application: 'revoked' });
    const rows = await app.strapi.db.connection(CALLERS).where({ phone_bank_id: bankId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'revoked', user_id: caller.user.id, decided_by_admin_id: admin.id });
    expect(new Date(Number(rows[0].requested_at) || rows[0].requested_at).toISOString()).toBe(MIDDAY.toISOString());

    // A manager may approve again.
    expect((await decide(admin.token, bankId, caller.user.id, 'approve')).body.data.status).toBe('approved');
    expect((await next(caller, bankId)).status).toBe(200);
  });

  it('applications are strict and guarded: no body fields, only approved banks, managers only for decisions', async () => {
    const admin = await manager(app);
    const approvedBank = await bankWithContacts(app, admin, 'Strict approved', 4300, 2, { whoMayCall: 'approved' });
    const openBankId = await bankWithContacts(app, admin, 'Open to all', 4400, 2);
    const caller = await signUpSupporter(app);

    const extra = await apply(caller, approvedBank, { status: 'approved' });
    expect(extra.status).toBe(400);
    expect(extra.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(await app.strapi.db.connection(CALLERS).where({ user_id: caller.user.id })).toHaveLength(0);
    const notApproval = await apply(caller, openBankId);
    expect(notApproval.status).toBe(409);
    expect(notApproval.body.error.details).toEqual({ code: 'applications_not_accepted', whoMayCall: 'any' });
    const unknown = await app.http().post(`${PHONE_BANKS}/nosuchbank0000000000000000/apply`).set(as(caller)).send({ data: {} });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details.code).toBe('phone_bank_not_found');

    // Supporters and staff without lists.manage cannot decide or list.
    expect((await app.http().get(`/mymitt-callcenter/phone-banks/${approvedBank}/callers`).set(as(caller))).status).toBe(401);
    const finance = await signInAdmin(app, 'Finance');
    expect((await adminCallers(finance.token, approvedBank)).status).toBe(403);
    expect((await decide(finance.token, approvedBank, caller.user.id, 'approve')).status).toBe(403);
    expect(await app.strapi.db.connection(CALLERS).where({ user_id: caller.user.id })).toHaveLength(0);
    // Revoking someone who never applied: 404; approving an unknown user: 404.
    expect((await decide(admin.token, approvedBank, caller.user.id, 'revoke')).status).toBe(404);
    expect((await decide(admin.token, approvedBank, 999999, 'approve')).status).toBe(404);
    // A manager may approve someone who never applied.
    expect((await decide(admin.token, approvedBank, caller.user.id, 'approve')).body.data).toMatchObject({
      status: 'approved',
      requestedAt: null,
    });
    expect((await next(caller, approvedBank)).status).toBe(200);
  });
});
