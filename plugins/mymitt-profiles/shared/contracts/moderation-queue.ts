/**
 * Staff moderation queues (admin routes under /mymitt-profiles/moderation), as agreed between the blog,
 * events and admin helpers (briefs/contracts.md). The admin pages are typed by these shapes.
 */
export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface PagedResponse<Item> {
  data: Item[];
  meta: { pagination: Pagination };
}

/** GET /moderation/posts?status=open|all (ACTIONS.moderate); POST /moderation/posts/:documentId/remove|dismiss. */
export interface ReportedPost {
  documentId: string;
  title: string;
  slug: string;
  excerpt: string;
  authorDisplayName: string;
  authorSlug: string;
  published: boolean;
  moderation: 'none' | 'open' | 'removed' | 'dismissed';
  reportCount: number;
  lastReportedAt: string | null;
  reports: Array<{ reason: string; note: string | null; createdAt: string }>;
}

/** GET /moderation/events?status=pending|all (ACTIONS.approveEvents); POST .../:documentId/approve, .../reject { reason? }. */
export interface EventForApproval {
  documentId: string;
  title: string;
  type: string;
  hostDisplayName: string;
  hostSlug: string;
  city: string | null;
  state: string | null;
  zip: string | null;
  timeZone: string;
  firstShiftStartsAt: string | null;
  status: 'pending' | 'published' | 'rejected' | 'cancelled';
  createdAt: string;
}
