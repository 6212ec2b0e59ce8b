import { errors } from '@strapi/utils';

/**
 * A 403 that keeps its message and `details.code`. Strapi's authorize step turns a plain ForbiddenError
 * thrown by a handler into a bare "Forbidden" (details lost) but lets a PolicyError through; this one is
 * a PolicyError answered under the name clients saw before, ForbiddenError.
 */
class CodedForbiddenError extends errors.PolicyError {
  constructor(message: string, details: Record<string, unknown>) {
    super(message, details);
    (this as { name: string }).name = 'ForbiddenError';
  }
}

export function forbidden(message: string, code: string, details: Record<string, unknown> = {}) {
  return new CodedForbiddenError(message, { code, ...details });
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
