import createError from 'http-errors';

/**
 * 422 in Strapi's error shape: the request is well-formed but a business rule refuses it (e.g. a gift
 * over the contribution limit, FEC-01). `details` carries what the client needs to offer a fix.
 */
export function unprocessable(message: string, details: Record<string, unknown> = {}) {
  return createError(422, message, { details });
}
