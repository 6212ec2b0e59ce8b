/**
 * Machine-readable refusals: every 4xx answered under a plugin's REST prefix carries a stable
 * `error.details.code` (snake_case), so a site can show its own words in any language. A throw site
 * names its code in `details.code`; one that does not gets the code of its error class (below), or its
 * older `details.reason`.
 */

/** The code of a refusal whose thrower named none, by Strapi error name, then by HTTP status. */
const CODE_BY_NAME: Record<string, string> = {
  ValidationError: 'invalid_request',
  YupValidationError: 'invalid_request',
  UnauthorizedError: 'unauthorized',
  ForbiddenError: 'forbidden',
  PolicyError: 'forbidden',
  NotFoundError: 'not_found',
  PayloadTooLargeError: 'payload_too_large',
  RateLimitError: 'rate_limited',
  UnprocessableEntityError: 'unprocessable',
  ConflictError: 'conflict',
};
const CODE_BY_STATUS: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  503: 'unavailable',
};

const ERROR_NAME_BY_STATUS: Record<number, string> = {
  400: 'ValidationError',
  401: 'UnauthorizedError',
  403: 'ForbiddenError',
  404: 'NotFoundError',
  405: 'MethodNotAllowedError',
  409: 'ConflictError',
  413: 'PayloadTooLargeError',
  422: 'UnprocessableEntityError',
  429: 'RateLimitError',
};

const snake = (text: string) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .toLowerCase();

/** The stable code of a refusal: the thrower's, else its older `reason`, else its class's or status's. */
export function refusalCode(status: number, name: string | undefined, details: Record<string, unknown> | undefined): string {
  if (typeof details?.code === 'string' && details.code) return details.code;
  if (typeof details?.reason === 'string' && details.reason) return snake(details.reason);
  return (name && CODE_BY_NAME[name]) || CODE_BY_STATUS[status] || (status >= 500 ? 'server_error' : 'invalid_request');
}

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

/**
 * An app-level Koa middleware for one plugin's REST prefix (e.g. `/api/mymitt-profiles`): after Strapi's
 * error middleware has shaped a refusal, it adds `details.code`; a 404 or 405 the router answered in plain
 * text becomes Strapi's error shape too. Registered by the plugin (`strapi.server.use` in `register`), so
 * it wraps everything under the prefix, authentication refusals included.
 */
export function errorCodes(prefix: string) {
  const under = (path: string) => path === prefix || path.startsWith(`${prefix}/`);
  return async function addErrorCodes(ctx: any, next: () => Promise<unknown>) {
    await next();
    if (ctx.status < 400 || !under(ctx.path)) return;
    const body = ctx.body;
    if (isObject(body) && isObject(body.error)) {
      const error = body.error;
      const details = isObject(error.details) ? error.details : {};
      error.details = { ...details, code: refusalCode(ctx.status, error.name, details) };
      return;
    }
    if (body === undefined || body === null || typeof body === 'string') {
      const status = ctx.status;
      ctx.body = {
        data: null,
        error: {
          status,
          name: ERROR_NAME_BY_STATUS[status] ?? 'ApplicationError',
          message: typeof body === 'string' && body ? body : String(ctx.message ?? 'Error'),
          details: { code: refusalCode(status, undefined, undefined) },
        },
      };
      ctx.status = status;
    }
  };
}
