/** Staff reports (admin routes under /mymitt-profiles/reports). */

/** Every kind of activity that earns points, in the order staff see them (the server's list too). */
export const ACTIVITY_KIND_LIST = [
  'event.hosted',
  'event.rsvp',
  'event.attended',
  'call.completed',
  'callday.joined',
  'donation.given',
  'funds.raised',
  'page.created',
  'order.paid',
  'post.published',
  'group.joined',
  'supporter.recruited',
] as const;

export type ActivityKindName = (typeof ACTIVITY_KIND_LIST)[number];

/** GET /mymitt-profiles/reports/supporters?weeks=12 (ACTIONS.read). */
export interface SupportersReport {
  total: number;
  newLast7Days: number;
  /** Most supporters first; profiles without a state are counted under 'unknown'. */
  byState: Array<{ state: string; count: number }>;
  /** Oldest week first; weeks start on Monday (UTC). */
  byWeek: Array<{ weekStart: string; count: number }>;
}

export interface SupportersReportResponse {
  data: SupportersReport;
}

/** GET /mymitt-profiles/reports/super-volunteers?state=&kind=&limit= (ACTIONS.reportsRead). */
export interface SuperVolunteersQuery {
  state?: string;
  kind?: ActivityKindName;
  limit?: number;
}

export interface SuperVolunteer {
  rank: number;
  displayName: string;
  slug: string;
  state: string | null;
  city: string | null;
  /** Staff-only: the supporter's account email. */
  email: string | null;
  level: number;
  /** Points inside the activity window (only the filtered kind's, when `kind` is set). */
  points: number;
  /** Net number of actions per kind inside the window. */
  breakdown: Partial<Record<ActivityKindName, number>>;
  /** ISO time of the latest counted action. */
  lastActiveAt: string | null;
}

export interface SuperVolunteersResponse {
  data: SuperVolunteer[];
  meta: { state: string | null; kind: ActivityKindName | null; limit: number; windowDays: number };
}
