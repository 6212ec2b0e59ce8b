import type { Core } from '@strapi/strapi';
import { createSite } from '../site/server/site';

/**
 * global::site — the supporter site at `/` (src/site). It answers the site's own paths and built
 * assets, lets everything else through to Strapi, and drops cached pages after writes that change them.
 */
export default (config: { siteUrl?: string; adminUrl?: string } = {}, { strapi }: { strapi: Core.Strapi }) => {
  const site = createSite(strapi, { siteUrl: config.siteUrl, adminUrl: config.adminUrl });
  return (ctx: any, next: () => Promise<unknown>) => site.middleware(ctx, next);
};
