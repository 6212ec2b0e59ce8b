/** Request/response types of the lists, imports and phone-bank admin routes (server and admin share them). */
import type { DashboardDisposition } from './dashboard';

/** GET /lists: each list with its contacts counted by status. */
export interface CallList {
  id: number;
  name: string;
  description: string | null;
  contacts: { active: number; done: number; dnc: number };
}

export interface CreateListBody {
  name: string;
  description?: string | null;
}

/** POST /lists/:id/import (text/csv): `row` is the CSV line, the header being row 1; the first 1,000 refusals. */
export interface ImportReport {
  inserted: number;
  merged: number;
  rejected: Array<{ row: number; reason: string }>;
  rejectedCount: number;
}

export type QuestionType = 'single' | 'multiple' | 'text';

/** A survey question (server/src/domain/survey.ts); an option's `next` names the question to ask next. */
export interface SurveyQuestion {
  id: string;
  type: QuestionType;
  label: string;
  labelEs?: string;
  options?: Array<{ value: string; label: string; labelEs?: string; next?: string }>;
}

export interface RecontactRule {
  /** Minutes before the contact is offered again; null = never again. */
  intervalMinutes?: number | null;
  maxAttempts?: number;
}

export type PhoneBankStatus = 'draft' | 'active' | 'paused' | 'done';
export type WhoMayCall = 'any' | 'group' | 'approved';

export interface PhoneBank {
  id: number;
  name: string;
  listId: number;
  scriptEn: string | null;
  scriptEs: string | null;
  questions: SurveyQuestion[];
  instructions: string | null;
  status: PhoneBankStatus;
  whoMayCall: WhoMayCall;
  /** The profiles group whose active members may call a `group` bank. */
  groupSlug: string | null;
  goalCompleted: number | null;
  recontactRules: Partial<Record<DashboardDisposition, RecontactRule>>;
  targetStates: string[];
}

/** A supporter's standing with an `approved` bank: applied, approved by a manager, or revoked / turned down. */
export type CallerStatus = 'requested' | 'approved' | 'revoked';

/** GET /phone-banks/:id/callers, newest application first; username and email are null for a deleted user. */
export interface BankCaller {
  userId: number;
  username: string | null;
  email: string | null;
  status: CallerStatus;
  /** Null when a manager approved someone who never applied. */
  requestedAt: string | null;
  decidedAt: string | null;
  decidedByAdminId: number | null;
}

/** POST /phone-banks (name and listId required) and PUT /phone-banks/:id (any subset). */
export type PhoneBankBody = Partial<Omit<PhoneBank, 'id'>>;
