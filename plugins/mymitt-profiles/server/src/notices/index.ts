import type { Core } from '@strapi/strapi';
import { registerNotice, type NoticeDefinition } from '@mymitt/plugin-kit';
import { eventCancelledNotice, eventChangedNotice } from './event-change-notices';
import { rsvpConfirmedNotice, rsvpWaitlistedNotice, waitlistPromotedNotice } from './event-rsvp-notices';
import { joinDecidedNotice, joinRequestedNotice } from './group-notices';

/** The notices of events and groups (English and Spanish defaults; staff may edit them as templates). */
export const PROFILES_NOTICES: NoticeDefinition[] = [
  rsvpConfirmedNotice,
  rsvpWaitlistedNotice,
  waitlistPromotedNotice,
  eventChangedNotice,
  eventCancelledNotice,
  joinRequestedNotice,
  joinDecidedNotice,
];

/** Makes them known to the kit: call from the plugin's register(), before any bootstrap. */
export function registerProfilesNotices(strapi: Core.Strapi) {
  for (const definition of PROFILES_NOTICES) registerNotice(strapi, definition);
}
