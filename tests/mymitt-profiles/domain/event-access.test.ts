import { canSeeEvent, canSeeStreetAddress, NOBODY, transition } from '../../../plugins/mymitt-profiles/server/src/domain/event-access';

const host = { ...NOBODY, isHost: true };
const cohost = { ...NOBODY, isCohost: true };
const attendee = { ...NOBODY, hasConfirmedRsvp: true };

describe('who sees an event', () => {
  it('shows the street address to organisers and confirmed attendees only', () => {
    expect([host, cohost, attendee, NOBODY].map(canSeeStreetAddress)).toEqual([true, true, true, false]);
  });

  it('keeps pending and rejected events to organisers', () => {
    for (const status of ['pending', 'rejected'] as const) {
      expect([host, cohost, attendee, NOBODY].map((v) => canSeeEvent(status, v))).toEqual([true, true, false, false]);
    }
    expect(canSeeEvent('published', NOBODY)).toBe(true);
    expect(canSeeEvent('cancelled', NOBODY)).toBe(true);
  });
});

describe('status changes', () => {
  it('approve, reject and cancel from the states that allow them; repeating is a no-op', () => {
    expect(transition('pending', 'approve')).toEqual({ ok: true, status: 'published', changed: true });
    expect(transition('rejected', 'approve')).toEqual({ ok: true, status: 'published', changed: true });
    expect(transition('published', 'approve')).toEqual({ ok: true, status: 'published', changed: false });
    expect(transition('published', 'reject')).toEqual({ ok: true, status: 'rejected', changed: true });
    expect(transition('pending', 'cancel')).toEqual({ ok: true, status: 'cancelled', changed: true });
    expect(transition('cancelled', 'approve').ok).toBe(false);
    expect(transition('cancelled', 'reject').ok).toBe(false);
  });
});
