import { devSecret } from '../src/config/dev-secrets';

export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: { koa: env.bool('TRUST_PROXY', false) },
  app: {
    keys: env.array('APP_KEYS', [devSecret('app-key-1'), devSecret('app-key-2')].filter(Boolean)),
  },
  cron: {
    enabled: env.bool('CRON_ENABLED', true),
  },
});
