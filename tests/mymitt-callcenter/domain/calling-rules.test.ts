import { normalizeUsPhone, splitPhones } from '../../../plugins/mymitt-callcenter/server/src/domain/phone';
import { timeZoneOfContact, timeZoneOfZip } from '../../../plugins/mymitt-callcenter/server/src/domain/time-zone';
import { isCallableNow, minutesLeftToCall, windowFor } from '../../../plugins/mymitt-callcenter/server/src/domain/calling-window';
import { answerProblems } from '../../../plugins/mymitt-callcenter/server/src/domain/survey';
import { DEFAULT_RECONTACT, outcomeOf, rulesOf } from '../../../plugins/mymitt-callcenter/server/src/domain/dispositions';

const RULES = { callingWindow: { startHour: 8, endHour: 21 } };

describe('E.164 normalisation of US numbers', () => {
  it.each([
    ['(603) 555-0101', '+16035550101'],
    ['603.555.0101', '+16035550101'],
    ['1-603-555-0101', '+16035550101'],
    ['+1 603 555 0101', '+16035550101'],
    ['6035550101', '+16035550101'],
  ])('%s → %s', (input, expected) => expect(normalizeUsPhone(input)).toBe(expected));

  it.each([
    ['', 'empty'],
    ['555-0101', 'too short'],
    ['2-603-555-0101', 'country code other than 1'],
    ['(103) 555-0101', 'area code starting with 1'],
    ['(603) 155-0101', 'exchange starting with 1'],
    ['(911) 555-0101', 'N11 area code'],
    ['603-555-0101 ext 4', 'letters'],
    ['1-800-FLOWERS', 'vanity'],
  ])('%s is invalid (%s)', (input) => expect(normalizeUsPhone(input)).toBeNull());

  it('splits a cell holding several numbers', () => {
    expect(splitPhones('603-555-0101; 603 555 0102|6035550103')).toEqual(['603-555-0101', '603 555 0102', '6035550103']);
  });
});

describe('time zone of a contact', () => {
  it('comes from the ZIP through its coordinates', () => {
    expect(timeZoneOfZip('03301')).toBe('America/New_York');
    expect(timeZoneOfZip('90210')).toBe('America/Los_Angeles');
    expect(timeZoneOfZip('60601')).toBe('America/Chicago');
    expect(timeZoneOfZip('85001')).toBe('America/Phoenix');
    expect(timeZoneOfZip('96813')).toBe('Pacific/Honolulu');
  });

  it('falls back to the area code when the ZIP is unknown, else unknown', () => {
    expect(timeZoneOfContact('00000', '+12135550101')).toBe('America/Los_Angeles');
    expect(timeZoneOfContact(null, '+13125550101')).toBe('America/Chicago');
    expect(timeZoneOfContact(null, '+12195550101')).toBeNull(); // straddles two zones: left out
  });
});

describe('TEL-02 calling window', () => {
  // 2026-06-15T02:00Z is 22:00 in New York (EDT) and 19:00 in Los Angeles (PDT).
  const at = new Date('2026-06-15T02:00:00Z');

  it('offers a contact only between 08:00 and 21:00 in its own zone', () => {
    expect(isCallableNow(at, 'America/New_York', 'NY', RULES)).toBe(false);
    expect(isCallableNow(at, 'America/Los_Angeles', 'CA', RULES)).toBe(true);
    expect(isCallableNow(new Date('2026-06-15T12:00:00Z'), 'America/Los_Angeles', 'CA', RULES)).toBe(false); // 05:00
    expect(isCallableNow(new Date('2026-06-15T14:59:00Z'), 'America/Los_Angeles', 'CA', RULES)).toBe(false); // 07:59
    expect(isCallableNow(new Date('2026-06-15T15:00:00Z'), 'America/Los_Angeles', 'CA', RULES)).toBe(true); // 08:00
    expect(isCallableNow(new Date('2026-06-16T04:00:00Z'), 'America/Los_Angeles', 'CA', RULES)).toBe(false); // 21:00
  });

  it('an unknown zone is called only 11:00–21:00 New York time', () => {
    expect(isCallableNow(new Date('2026-06-15T14:30:00Z'), null, null, RULES)).toBe(false); // 10:30 EDT
    expect(isCallableNow(new Date('2026-06-15T15:00:00Z'), null, null, RULES)).toBe(true); // 11:00 EDT
    expect(isCallableNow(new Date('2026-06-15T14:30:00Z'), 'Not/AZone', null, RULES)).toBe(false);
  });

  it('a stricter state window applies on top of the general one', () => {
    const rules = { ...RULES, stateWindows: { TX: { startHour: 9, endHour: 20 } } };
    expect(windowFor(rules, 'tx', true)).toEqual({ startHour: 9, endHour: 20 });
    expect(isCallableNow(new Date('2026-06-15T13:30:00Z'), 'America/Chicago', 'TX', rules)).toBe(false); // 08:30 CDT
    expect(isCallableNow(new Date('2026-06-15T13:30:00Z'), 'America/Chicago', 'IL', rules)).toBe(true);
  });
});

describe('TEL-06 dispositions', () => {
  const now = new Date('2026-06-15T18:00:00Z');
  it('system dispositions cool the contact down until the attempts run out', () => {
    expect(outcomeOf('no_answer', 0, now, DEFAULT_RECONTACT)).toEqual({
      status: 'active',
      attempts: 1,
      cooldownUntil: new Date('2026-06-15T22:00:00Z'),
      callBackAt: null,
    });
    expect(outcomeOf('no_answer', 2, now, DEFAULT_RECONTACT).status).toBe('done');
  });
  it('live conversations finish the contact; do not call marks it dnc', () => {
    expect(outcomeOf('talked', 0, now, DEFAULT_RECONTACT).status).toBe('done');
    expect(outcomeOf('do_not_call', 0, now, DEFAULT_RECONTACT).status).toBe('dnc');
  });
  it('a call back waits for the time asked and a phone bank may override the intervals', () => {
    const later = new Date('2026-06-16T18:00:00Z');
    expect(outcomeOf('call_back', 0, now, DEFAULT_RECONTACT, later)).toMatchObject({
      status: 'active',
      cooldownUntil: later,
      callBackAt: later,
    });
    const rules = rulesOf({ busy: { intervalMinutes: 10 } });
    expect(outcomeOf('busy', 0, now, rules).cooldownUntil).toEqual(new Date('2026-06-15T18:10:00Z'));
  });
});

describe('survey answers', () => {
  const questions = [
    {
      id: 'support',
      type: 'single' as const,
      label: 'Support?',
      options: [
        { value: 'yes', label: 'Yes', next: 'issues' },
        { value: 'no', label: 'No' },
      ],
    },
    {
      id: 'issues',
      type: 'multiple' as const,
      label: 'Issues',
      options: [
        { value: 'jobs', label: 'Jobs' },
        { value: 'taxes', label: 'Taxes' },
      ],
    },
    { id: 'comment', type: 'text' as const, label: 'Comment' },
  ];
  it('accepts answers that match their questions', () => {
    expect(answerProblems(questions, { support: 'yes', issues: ['jobs', 'taxes'], comment: 'Call after 6' })).toEqual([]);
  });
  it('reports unknown questions and answers outside the options', () => {
    expect(answerProblems(questions, { support: 'maybe', issues: ['golf'], comment: 3, extra: 'x' })).toEqual([
      'support: expects one of its options',
      'issues: expects a list of its options',
      'comment: expects text',
      'extra: no such question',
    ]);
  });
});

describe('minutes left to call', () => {
  it("counts down to the end of the window in the contact's zone, and is null outside it", () => {
    // 20:00Z in June: 16:00 in New York, 13:00 in Los Angeles.
    const at = new Date('2026-06-15T20:00:00Z');
    expect(minutesLeftToCall(at, 'America/New_York', 'NH', RULES)).toBe(5 * 60);
    expect(minutesLeftToCall(at, 'America/Los_Angeles', 'CA', RULES)).toBe(8 * 60);
    expect(minutesLeftToCall(at, 'Asia/Tokyo', null, RULES)).toBeNull();
    // A stricter state window ends sooner.
    expect(minutesLeftToCall(at, 'America/Chicago', 'TX', { ...RULES, stateWindows: { TX: { startHour: 9, endHour: 20 } } })).toBe(5 * 60);
  });
});
