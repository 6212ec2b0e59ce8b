/** A fundraising page as staff see it in the approval queue (GET /mymitt-fundraising/pages/moderation). */
export interface PageForApproval {
  documentId: string;
  slug: string;
  title: string;
  /** Sanitized on the server; safe to insert. */
  storyHtml: string;
  ownerDisplayName: string;
  state: string | null;
  goalCents: number;
  status: 'pending' | 'published' | 'rejected' | 'closed';
  createdAt: string;
}

export interface PagesForApprovalResponse {
  data: PageForApproval[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** GET / PUT /mymitt-fundraising/pages/settings */
export interface PageSettings {
  pagesNeedApproval: boolean;
}
