import { devSecret } from '../src/config/dev-secrets';
import { siteUrlOf } from '../src/domain/preview-links';

/**
 * Signed draft links (src/domain/preview-links.ts): the key they are signed with and the site they open.
 * Read by the admin's preview handler (config/admin.ts) and the pages API; never sent to a browser.
 */
export default ({ env }) => ({
  secret: env('PREVIEW_SECRET', devSecret('preview')),
  siteUrl: siteUrlOf({ siteUrl: env('SITE_URL', ''), publicUrl: env('PUBLIC_URL', ''), port: env.int('PORT', 1337) }),
});
