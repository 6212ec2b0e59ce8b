/** TEL-06 dispositions: system (the call did not reach the person) and live (a conversation or its refusal). */
export const SYSTEM_DISPOSITIONS = ['no_answer', 'busy', 'machine', 'wrong_number', 'disconnected'] as const;
export const LIVE_DISPOSITIONS = ['talked', 'refused', 'call_back', 'moved', 'deceased', 'do_not_call'] as const;
export const DISPOSITIONS = [...SYSTEM_DISPOSITIONS, ...LIVE_DISPOSITIONS] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/**
 * Conversations: live dispositions where the person we called was on the line. `moved` and `deceased`
 * are live answers too, but from someone else: they do not count as reaching the voter.
 */
export const CONVERSATION_DISPOSITIONS = ['talked', 'refused', 'call_back', 'do_not_call'] as const satisfies readonly Disposition[];

export interface RecontactRule {
  /** Minutes before the contact may be offered again; null = never again (the contact is done). */
  intervalMinutes: number | null;
  /** Attempts after which the contact is done. */
  maxAttempts: number;
}

/** Defaults; a phone bank overrides them per disposition (recontactRules json). */
export const DEFAULT_RECONTACT: Record<Disposition, RecontactRule> = {
  no_answer: { intervalMinutes: 240, maxAttempts: 3 },
  busy: { intervalMinutes: 60, maxAttempts: 3 },
  machine: { intervalMinutes: 1440, maxAttempts: 3 },
  call_back: { intervalMinutes: 60, maxAttempts: 5 },
  wrong_number: { intervalMinutes: null, maxAttempts: 1 },
  disconnected: { intervalMinutes: null, maxAttempts: 1 },
  talked: { intervalMinutes: null, maxAttempts: 1 },
  refused: { intervalMinutes: null, maxAttempts: 1 },
  moved: { intervalMinutes: null, maxAttempts: 1 },
  deceased: { intervalMinutes: null, maxAttempts: 1 },
  do_not_call: { intervalMinutes: null, maxAttempts: 1 },
};

/** The most attempts any disposition allows: contacts at or above it are never offered. */
export const maxAttemptsOf = (rules: Record<string, RecontactRule>) => Math.max(...Object.values(rules).map((r) => r.maxAttempts));

export function rulesOf(overrides: unknown): Record<Disposition, RecontactRule> {
  const rules = { ...DEFAULT_RECONTACT };
  if (overrides && typeof overrides === 'object') {
    for (const [key, value] of Object.entries(overrides as Record<string, Partial<RecontactRule>>)) {
      if (key in rules && value) rules[key as Disposition] = { ...rules[key as Disposition], ...value };
    }
  }
  return rules;
}

export interface ContactOutcome {
  status: 'active' | 'done' | 'dnc';
  attempts: number;
  cooldownUntil: Date | null;
  callBackAt: Date | null;
}

/** What a result does to its contact: attempts, cooldown and status from the disposition's rule. */
export function outcomeOf(
  disposition: Disposition,
  attemptsBefore: number,
  now: Date,
  rules: Record<Disposition, RecontactRule>,
  callBackAt?: Date | null
): ContactOutcome {
  const attempts = attemptsBefore + 1;
  if (disposition === 'do_not_call') return { status: 'dnc', attempts, cooldownUntil: null, callBackAt: null };
  const rule = rules[disposition];
  if (rule.intervalMinutes === null || attempts >= rule.maxAttempts)
    return { status: 'done', attempts, cooldownUntil: null, callBackAt: null };
  const interval = new Date(now.getTime() + rule.intervalMinutes * 60_000);
  const cooldownUntil = disposition === 'call_back' && callBackAt && callBackAt > now ? callBackAt : interval;
  return { status: 'active', attempts, cooldownUntil, callBackAt: disposition === 'call_back' ? cooldownUntil : null };
}
