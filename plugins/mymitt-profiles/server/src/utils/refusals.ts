import { errors } from '@strapi/utils';
import { forbidden as kitForbidden } from '@mymitt/plugin-kit';

/** A 403 that keeps its message and `details.code` (the kit's `forbidden`; see there why not ForbiddenError). */
export function forbidden(message: string, code: string, details: Record<string, unknown> = {}) {
  return kitForbidden(message, { code, ...details });
}

export function notFound(message: string, code: string, details: Record<string, unknown> = {}) {
  return new errors.NotFoundError(message, { code, ...details });
}

/** A 400 for a rule the request breaks (not a schema problem). */
export function refused(message: string, code: string, details: Record<string, unknown> = {}) {
  return new errors.ApplicationError(message, { code, ...details });
}

/** A 400 on one field, in Strapi's validation shape (`details.errors`), with its own code. */
export function invalidField(message: string, code: string, path: string[], fieldMessage: string) {
  return new errors.ValidationError(message, { code, errors: [{ path, message: fieldMessage, name: 'ValidationError' }] });
}
