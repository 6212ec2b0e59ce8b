/**
 * Development and test fall back to fixed, clearly-labelled secrets so that a fresh clone runs with
 * `npm run develop` and no set-up. Production gets no fallback, and `assertProductionSecrets` refuses
 * to boot on a missing, placeholder or development value.
 */
export const DEV_SECRET_PREFIX = 'dev-only-';

export function devSecret(name: string): string | undefined {
  return process.env.NODE_ENV === 'production' ? undefined : `${DEV_SECRET_PREFIX}${name}-not-for-production`;
}
