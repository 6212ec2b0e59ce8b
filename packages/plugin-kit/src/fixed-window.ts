/** A fixed-window request counter: pure state transitions, the clock passed in. */
export interface WindowState {
  count: number;
  resetAtMs: number;
}

export type WindowDecision = { allowed: true; state: WindowState } | { allowed: false; state: WindowState; retryAfterSeconds: number };

export function countRequest(previous: WindowState | undefined, nowMs: number, windowMs: number, max: number): WindowDecision {
  const state =
    !previous || previous.resetAtMs <= nowMs ? { count: 1, resetAtMs: nowMs + windowMs } : { ...previous, count: previous.count + 1 };
  if (state.count <= max) return { allowed: true, state };
  return { allowed: false, state, retryAfterSeconds: Math.max(1, Math.ceil((state.resetAtMs - nowMs) / 1000)) };
}
