import { DEV_SECRET_PREFIX } from '../config/dev-secrets';

const PLACEHOLDER = /tobemodified|changeme|change-me|placeholder|example|secret123/i;
const MIN_SECRET_LENGTH = 16;

/**
 * Names of the secrets that are missing, too short, placeholders from .env.example, or the
 * development fallbacks. Values are never returned, so the result is safe to log.
 */
export function findUnsafeSecrets(secrets: Record<string, string | string[] | undefined>): string[] {
  return Object.entries(secrets)
    .filter(([, value]) => {
      const values = Array.isArray(value) ? value : [value];
      return (
        values.length === 0 ||
        values.some((v) => typeof v !== 'string' || v.length < MIN_SECRET_LENGTH || PLACEHOLDER.test(v) || v.startsWith(DEV_SECRET_PREFIX))
      );
    })
    .map(([name]) => name);
}
