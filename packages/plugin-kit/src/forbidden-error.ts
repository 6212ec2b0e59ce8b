import createError from 'http-errors';

/**
 * 403 in Strapi's error shape with its message and `details` (e.g. `code: 'not_owner'`). Not Strapi's
 * `errors.ForbiddenError`: the content API's authorize step catches that class from anything after it,
 * handler included, and answers a bare "Forbidden" with no details (core compose-endpoint.js); a
 * PolicyError gets through but answers under the name PolicyError.
 */
export function forbidden(message: string, details: Record<string, unknown> = {}) {
  return createError(403, message, { details });
}
