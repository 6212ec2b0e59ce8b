import createError from 'http-errors';

/** 503 in Strapi's error shape: a dependency (e.g. the payment gateway) is not configured or not reachable. */
export function unavailable(message: string, details: Record<string, unknown> = {}) {
  return createError(503, message, { details });
}
