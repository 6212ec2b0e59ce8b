import { countRequest, type WindowDecision, type WindowState } from '../../../packages/plugin-kit/src/fixed-window';

describe('countRequest (fixed window)', () => {
  it('allows up to max requests in a window, then refuses with the seconds left', () => {
    let state: WindowState | undefined;
    const decisions: WindowDecision[] = [];
    for (let i = 0; i < 4; i += 1) {
      const decision = countRequest(state, 1_000 + i, 60_000, 3);
      state = decision.state;
      decisions.push(decision);
    }
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
  });

  it('starts a new window once the old one has ended', () => {
    const full = { count: 3, resetAtMs: 61_000 };
    expect(countRequest(full, 60_999, 60_000, 3).allowed).toBe(false);
    expect(countRequest(full, 61_000, 60_000, 3)).toEqual({ allowed: true, state: { count: 1, resetAtMs: 121_000 } });
  });
});
