import type { Core } from '@strapi/strapi';
import { noticeContext, sitePageUrl, type NoticeLocale } from '@mymitt/plugin-kit';

/**
 * Where notices send supporters on the site (SITE_URL; Spanish pages under /es, docs/SITE.md). The
 * site's events and groups pages of its part 2 are not built yet: until they are, an event's link opens
 * the events page (/events, where a listed event shows) and a group's requests link the supporter's
 * account page. Each link has its own function, so pointing it at the future page is a one-line change.
 */
export async function siteLinks(strapi: Core.Strapi, locale: NoticeLocale) {
  const context = await noticeContext(strapi);
  const page = (path: string) => sitePageUrl(context, locale, path);
  return {
    /** The site's home: the Action Center. */
    home: () => page('/'),
    /** Upcoming events. */
    events: () => page('/events'),
    /** One event (its details, and cancelling an RSVP). */
    event: (_documentId: string) => page('/events'),
    /** A group's pending join requests, for its organizers. */
    groupRequests: (_groupSlug: string) => page('/account'),
  };
}
