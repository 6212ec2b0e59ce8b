/** GET /mymitt-callcenter/dashboard[?phoneBankId=] (admin, `read`): what call-center staff watch live. */

import type { Disposition } from '../../server/src/domain/dispositions';

/** The TEL-06 dispositions, from the server's pure domain module (one list, no copy to drift). */
export type DashboardDisposition = Disposition;

export interface CallDashboardQuery {
  phoneBankId?: number;
}

export interface PhoneBankProgress {
  id: number;
  name: string;
  status: 'draft' | 'active' | 'paused' | 'done';
  listId: number;
  /** Calls recorded in this bank (every result). */
  calls: number;
  /** Calls where the person answered (CONVERSATION_DISPOSITIONS, as call days and caller stats count them). */
  conversations: number;
  /** Completed conversations the bank aims for. */
  goalCompleted: number | null;
  /** conversations / goalCompleted, in whole percent (may pass 100); null without a goal. */
  goalPercent: number | null;
  /** Active contacts of the bank's list. */
  remaining: number;
  /** Contacts `next` could lease for this bank right now; null for a bank that is not active. */
  eligibleNow: number | null;
}

export interface CallDashboard {
  /** The clock's time the figures were taken at (ISO). */
  at: string;
  phoneBankId: number | null;
  activeCallers: {
    /** Distinct callers holding a live lease or with a result in the last 15 minutes. */
    total: number;
    holdingLease: number;
    calledLast15Minutes: number;
  };
  /** 24 hour buckets (UTC hours), oldest first; the last one is the current, partial hour. */
  callsPerHour: Array<{ hourStart: string; calls: number }>;
  /** Results per disposition, every disposition present. */
  dispositions: Record<DashboardDisposition, number>;
  contacts: {
    total: number;
    active: number;
    done: number;
    dnc: number;
    /** Active contacts held under a live lease now. */
    leased: number;
    /** Leasable now (TEL-02 window, cooldowns, attempts, registry, target states), summed over active banks. */
    eligibleNow: number;
  };
  /** By the contact's state (null: unknown), sorted by state. */
  byState: Array<{ state: string | null; remaining: number; done: number; dnc: number; calls: number }>;
  phoneBanks: PhoneBankProgress[];
}
