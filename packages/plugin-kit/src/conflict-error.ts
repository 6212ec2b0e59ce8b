import createError from 'http-errors';

/**
 * 409 in Strapi's error shape ({ data: null, error: { status, name: 'ConflictError', message, details } }):
 * Strapi 5.54 has no error class for it, and its error middleware formats http-errors as it formats its own.
 * (http-errors is the library @strapi/utils builds its HttpError on.)
 */
export function conflict(message: string, details: Record<string, unknown> = {}) {
  return createError(409, message, { details });
}
