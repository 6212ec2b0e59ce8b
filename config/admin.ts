import { devSecret } from '../src/config/dev-secrets';
import { originOf } from '../src/domain/cors-origins';
import { DEFAULT_LOCALE } from '../src/domain/locales';
import { previewLink, siteUrlOf, type PreviewStatus } from '../src/domain/preview-links';

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
  watchIgnoreFiles: ['**/src/site/browser/**', '**/public/site/**', '**/plugins/**/admin/**', '**/plugins/**/dist/**', '**/tests/**', '**/bench/**', '**/scripts/**'],
  // The content manager's Preview panel (Strapi 5): Action Center pages open on the site through a
  // signed link (src/domain/preview-links.ts) that lets the pages API serve that one draft; other types have none.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [
        originOf(siteUrlOf({ siteUrl: env('SITE_URL', ''), publicUrl: env('PUBLIC_URL', ''), port: env.int('PORT', 1337) }), 'SITE_URL'),
      ],
      async handler(uid: string, { documentId, locale, status }: { documentId?: string; locale?: string | null; status?: string }) {
        if (uid !== 'api::page.page' || !documentId) return null;
        const { secret, siteUrl } = strapi.config.get('preview') as { secret: string; siteUrl: string };
        const target = { documentId, locale: locale || DEFAULT_LOCALE, status: (status === 'published' ? 'published' : 'draft') as PreviewStatus };
        return previewLink(siteUrl, target, secret, Math.floor(Date.now() / 1000));
      },
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
