import type { Core } from '@strapi/strapi';
import { findUnsafeSecrets } from '../domain/production-secrets';

/** Refuses to start a production server whose secrets are missing or copied from .env.example. */
export function assertProductionSecrets(strapi: Core.Strapi) {
  if (process.env.NODE_ENV !== 'production') return;

  const unsafe = findUnsafeSecrets({
    APP_KEYS: strapi.config.get('server.app.keys'),
    ADMIN_JWT_SECRET: strapi.config.get('admin.auth.secret'),
    API_TOKEN_SALT: strapi.config.get('admin.apiToken.salt'),
    TRANSFER_TOKEN_SALT: strapi.config.get('admin.transfer.token.salt'),
    ENCRYPTION_KEY: strapi.config.get('admin.secrets.encryptionKey'),
    JWT_SECRET: strapi.config.get('plugin::users-permissions.jwtSecret'),
    // Signs the web team's draft preview links (src/domain/preview-links.ts).
    PREVIEW_SECRET: strapi.config.get('preview.secret'),
  });

  if (unsafe.length > 0) {
    throw new Error(
      `Refusing to start in production: ${unsafe.join(', ')} ${unsafe.length === 1 ? 'is' : 'are'} missing or a placeholder. ` +
        'Generate real values (for example `openssl rand -base64 32`) and set them in the environment.'
    );
  }
}
