/**
 * Records are addressed by `documentId` on the content API: no numeric database id leaves the server.
 * `numericIdentifiers` finds the places in an answer that break this (a key `id`, or one ending in `Id`,
 * `_id` or `Ids`, holding a number); `identifierAudit` turns such an answer into a 500 when
 * `MYMITT_ID_AUDIT=fail` (the test suite sets it), so every test doubles as a check of every route it calls.
 */

const ID_KEY = /^(id|.*Id|.*_id|.*Ids)$/;

/** JSON paths (`data.items[0].pageId`) of numeric identifiers in `value`. */
export function numericIdentifiers(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => numericIdentifiers(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const found: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const numeric = typeof inner === 'number' || (Array.isArray(inner) && inner.some((item) => typeof item === 'number'));
    if (ID_KEY.test(key) && numeric) found.push(at);
    else found.push(...numericIdentifiers(inner, at));
  }
  return found;
}

const bodyOf = (body: unknown): unknown => {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body);
    } catch {
      return null;
    }
  }
  if (Buffer.isBuffer(body)) return bodyOf(body.toString('utf8'));
  return body;
};

/** App-level Koa middleware for one plugin's content-API prefix; does nothing unless MYMITT_ID_AUDIT=fail. */
export function identifierAudit(prefix: string) {
  const under = (path: string) => path === prefix || path.startsWith(`${prefix}/`);
  return async function auditIdentifiers(ctx: any, next: () => Promise<unknown>) {
    await next();
    if (process.env.MYMITT_ID_AUDIT !== 'fail' || !under(ctx.path) || ctx.status >= 300) return;
    if (!String(ctx.response.type ?? '').includes('json')) return;
    const found = numericIdentifiers(bodyOf(ctx.body));
    if (!found.length) return;
    ctx.status = 500;
    ctx.body = {
      data: null,
      error: {
        status: 500,
        name: 'IdentifierAuditError',
        message: `${ctx.method} ${ctx.path} answered numeric database ids: ${found.slice(0, 10).join(', ')}`,
        details: { code: 'numeric_identifier', paths: found },
      },
    };
  };
}
