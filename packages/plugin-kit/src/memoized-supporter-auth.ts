import { errors } from '@strapi/utils';
import { createTtlCache } from './ttl-cache';

/** How long one bearer token's answer is reused: a block, role change or revoked grant applies within it. */
export const MEMOIZED_AUTH_TTL_MS = 5_000;
const MAX_TOKENS = 10_000;
/**
 * How long a verified token's payload is reused (never past its own `exp`): the signature check is the same
 * answer every time for one token and one secret, and costs about as much as the rest of the memo's miss.
 */
const VERIFIED_TTL_MS = 10 * 60_000;

export interface Ability {
  can(action: string): boolean;
}
export interface AuthAnswer {
  authenticated: boolean;
  credentials?: unknown;
  ability?: Ability | null;
  error?: string | null;
}
interface Memo {
  expiresAt: number;
  user: any;
  ability: Ability;
}

declare const strapi: any;

const bearerOf = (ctx: any): string | null => {
  const header = ctx.request?.header?.authorization;
  if (typeof header !== 'string') return null;
  const parts = header.split(/\s+/);
  return parts.length === 2 && parts[0].toLowerCase() === 'bearer' ? parts[1] : null;
};

/**
 * The users-permissions content-api check (same steps, same answers: 401 for a bad token or a blocked or
 * unconfirmed user, the Public role's grants without a token, the role's grants with one), with the answer
 * for one exact bearer token reused for a few seconds. users-permissions pays, on every request, a JWT
 * verification, a user query with its role, a settings read, a permissions query and an ability build;
 * on a hot path such as the caller loop (two requests per call, hundreds of callers) that is most of the
 * request. Only successful checks are kept, never past the token's own expiry. A role's ability and the
 * settings are shared by all tokens for the same few seconds, and a token's verified payload for minutes, so
 * a token seen before costs its user query only.
 */
export function createMemoizedSupporterAuth(ttlMs = MEMOIZED_AUTH_TTL_MS) {
  const byToken = new Map<string, Memo>();
  const verified = new Map<string, { until: number; payload: any }>();
  let publicAnswer: { expiresAt: number; answer: Promise<AuthAnswer> } | null = null;
  const service = (name: string) => strapi.plugin('users-permissions').service(name);
  const abilityOf = async (permissions: unknown[]) =>
    strapi.contentAPI.permissions.engine.generateAbility(permissions.map(service('permission').toContentAPIPermission)) as Promise<Ability>;

  async function publicAbility(): Promise<AuthAnswer> {
    const permissions = await service('permission').findPublicPermissions();
    if (!permissions.length) return { authenticated: false };
    return { authenticated: true, credentials: null, ability: await abilityOf(permissions) };
  }

  /** What one role may do, and the users-permissions settings: shared by every token, kept for the TTL. */
  const roleAbilities = createTtlCache<Ability>(ttlMs);
  const settings = createTtlCache<any>(ttlMs);
  const advancedSettings = () =>
    settings.get('advanced', () => strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' }));
  const roleAbility = (roleId: number) =>
    roleAbilities.get(String(roleId), async () => abilityOf(await service('permission').findRolePermissions(roleId)));

  async function verifiedPayload(ctx: any, token: string, now: number) {
    const hit = verified.get(token);
    if (hit && hit.until > now) return hit.payload;
    verified.delete(token);
    const payload = await service('jwt').getToken(ctx);
    if (!payload) return payload;
    const until = Math.min(now + VERIFIED_TTL_MS, typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity);
    verified.set(token, { until, payload });
    if (verified.size > MAX_TOKENS) verified.delete(verified.keys().next().value as string);
    return payload;
  }

  async function check(ctx: any, token: string, now: number): Promise<AuthAnswer> {
    const payload = await verifiedPayload(ctx, token, now);
    if (!payload || payload.id === undefined) return { authenticated: false };
    const user = await service('user').fetchAuthenticatedUser(payload.id);
    if (!user) return { error: 'Invalid credentials', authenticated: false };
    const advanced = await advancedSettings();
    if ((advanced?.email_confirmation && !user.confirmed) || user.blocked) return { error: 'Invalid credentials', authenticated: false };
    const ability = await roleAbility(user.role.id);
    // 75–100% of the TTL: callers who signed in together (a call day's start) do not all re-check together.
    const expiresAt = Math.min(
      now + ttlMs * (0.75 + 0.25 * Math.random()),
      typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity
    );
    byToken.set(token, { expiresAt, user, ability });
    if (byToken.size > MAX_TOKENS) byToken.delete(byToken.keys().next().value as string);
    if (payload.sessionId) ctx.state.session = { id: payload.sessionId };
    return { authenticated: true, credentials: user, ability };
  }

  return {
    name: 'users-permissions-memoized',

    async authenticate(ctx: any): Promise<AuthAnswer> {
      const now = Date.now();
      try {
        const token = bearerOf(ctx);
        if (!token) {
          if (!publicAnswer || publicAnswer.expiresAt <= now) publicAnswer = { expiresAt: now + ttlMs, answer: publicAbility() };
          return await publicAnswer.answer;
        }
        const memo = byToken.get(token);
        if (memo && memo.expiresAt > now) {
          ctx.state.user = memo.user;
          return { authenticated: true, credentials: memo.user, ability: memo.ability };
        }
        byToken.delete(token);
        const answer = await check(ctx, token, now);
        if (answer.authenticated) ctx.state.user = answer.credentials;
        return answer;
      } catch {
        publicAnswer = null;
        return { authenticated: false };
      }
    },

    /** users-permissions' verify: every scope of the route must be granted to the caller's role. */
    verify(auth: { credentials?: unknown; ability?: Ability | null }, config: { scope?: string | string[] }) {
      if (!config.scope) {
        if (!auth.credentials) throw new errors.UnauthorizedError();
        return;
      }
      if (!auth.ability) throw new errors.UnauthorizedError();
      const scopes = Array.isArray(config.scope) ? config.scope : [config.scope];
      if (!scopes.every((scope) => auth.ability!.can(scope))) throw new errors.ForbiddenError();
    },

    /** Forget every memoized answer (tests; a deployment that must apply a block at once). */
    clear() {
      byToken.clear();
      verified.clear();
      roleAbilities.clear();
      settings.clear();
      publicAnswer = null;
    },
  };
}
