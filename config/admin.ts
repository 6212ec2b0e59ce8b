import { devSecret } from '../src/config/dev-secrets';

export default ({ env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', devSecret('admin-jwt')),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', devSecret('api-token-salt')),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT', devSecret('transfer-token-salt')),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY', devSecret('encryption-key')),
  },
  rateLimit: {
    enabled: env.bool('ADMIN_RATE_LIMIT', true),
  },
  // Plugins live in ./plugins: their admin source is bundled by Vite, so edits there must not restart the server.
  watchIgnoreFiles: ['**/plugins/**/admin/**', '**/plugins/**/dist/**', '**/tests/**', '**/bench/**', '**/scripts/**'],
  flags: {
    nps: false,
    promoteEE: false,
  },
});
