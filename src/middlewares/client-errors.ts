import { errors } from '@strapi/utils';

/** The status a thrown error asks for, when it is a client's fault (4xx). */
function clientStatus(error: any): number | null {
  const status = Number(error?.status ?? error?.statusCode);
  return Number.isInteger(status) && status >= 400 && status < 500 ? status : null;
}

/**
 * strapi::errors logs at error level, with a stack, every thrown error that is not one of Strapi's
 * classes: malformed JSON, a body over the limit, a bad path to a static file (koa, raw-body and
 * koa-send carry their own copies of http-errors, so `instanceof` fails there). Those are the
 * client's fault: this answers them in the same envelope strapi::errors gives (`{ data: null,
 * error: { status, name, message, details } }`) and logs one line at `http`, the level of the request
 * line itself. Everything else, 5xx included, goes on to strapi::errors and stays at error level.
 */
export default (_config: unknown, { strapi }: { strapi: any }) =>
  async (ctx: any, next: () => Promise<unknown>) => {
    try {
      await next();
    } catch (error: any) {
      const status = clientStatus(error);
      if (status === null || error instanceof errors.ApplicationError) throw error;

      // http-errors marks 4xx messages safe to show (`expose`); anything else gets the status text.
      const message = error.expose === false ? undefined : error.message;
      ctx.status = status;
      ctx.body = {
        data: null,
        error: {
          status,
          name: error.name ?? 'HttpError',
          message: message || ctx.message,
          details: error.details ?? {},
        },
      };
      if (error.headers && typeof error.headers === 'object') ctx.set(error.headers);
      strapi.log.http(`${ctx.method} ${ctx.path}: ${status} ${error.name ?? 'Error'}: ${ctx.body.error.message}`);
    }
  };
