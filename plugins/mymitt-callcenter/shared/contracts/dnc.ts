/** Request/response types of the do-not-call registry admin routes (TEL-03). */

export interface DncEntry {
  phone: string;
  reason: string | null;
  source: 'result' | 'manager' | 'import';
  active: boolean;
  updatedAt: string | null;
}

export interface DncListQuery {
  page?: number;
  pageSize?: number;
  /** Any US format; the server normalises it to E.164. */
  phone?: string;
  active?: 'true' | 'false';
}

export interface DncListResponse {
  data: DncEntry[];
  meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number } };
}

export interface DncAddBody {
  phone: string;
  reason?: string | null;
  note?: string | null;
}

export interface DncAudit {
  phone: string;
  action: 'added' | 'imported' | 'reactivated' | 'deactivated';
  actor: string;
  note: string | null;
  at: string;
}

/** POST /dnc/import (text/csv with a phone column). */
export interface DncImportReport {
  added: number;
  rejected: Array<{ row: number; reason: string }>;
}
