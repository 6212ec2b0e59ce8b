import { centsToDollars, dollarsToCents } from '../../../plugins/mymitt-fundraising/admin/src/services/dollars';
import { inputErrors, toLimitsBody, toLimitsForm } from '../../../plugins/mymitt-fundraising/admin/src/services/limits-form';
import { emptyOfflineGift, toOfflineGiftBody } from '../../../plugins/mymitt-fundraising/admin/src/services/offline-gift-form';
import type { LimitsAndGoals } from '../../../plugins/mymitt-fundraising/shared/contracts/limits-and-goals';

describe('dollars typed by finance staff', () => {
  it.each([
    ['3500', 350000],
    ['3,500', 350000],
    ['$3,500.00', 350000],
    [' 200.5 ', 20050],
    ['0.07', 7],
    ['.5', 50],
    ['12.340', 1234],
    ['0', 0],
  ])('%s is %i cents', (text, cents) => {
    expect(dollarsToCents(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['-5', 'negative'],
    ['-$5', 'negative'],
    ['$-0.50', 'negative'],
    ['12.345', 'fractionOfCent'],
    ['0.001', 'fractionOfCent'],
    ['3.5e3', 'notAnAmount'],
    ['three', 'notAnAmount'],
    ['1.2.3', 'notAnAmount'],
    ['10000000.01', 'tooLarge'],
  ])('%j is refused as %s', (text, problem) => {
    expect(dollarsToCents(text)).toEqual({ ok: false, problem });
  });

  it('shows cents as dollars that parse back unchanged', () => {
    for (const cents of [0, 5, 50, 20000, 350000, 123456789]) expect(dollarsToCents(centsToDollars(cents))).toEqual({ ok: true, cents });
    expect(centsToDollars(350000)).toBe('3500.00');
  });
});

const SAVED: LimitsAndGoals = {
  limits: [
    {
      id: 4,
      label: '2025–2026 cycle',
      effectiveFrom: '2024-11-06',
      effectiveTo: '2026-11-03',
      inForce: true,
      standingIn: false,
      perElectionCents: 350000,
      itemizationThresholdCents: 20000,
      cashMaxCents: 10000,
      anonymousCashMaxCents: 5000,
    },
  ],
  drives: [{ id: 9, name: 'Spring', active: true, goalCents: 5000000, defaultPageGoalCents: 50000 }],
};

describe('the limits and goals form', () => {
  it('round-trips the saved amounts and sends the edited ones in cents', () => {
    const form = toLimitsForm(SAVED);
    expect(form['limits.4.perElectionCents']).toBe('3500.00');
    expect(toLimitsBody(SAVED, { ...form, 'limits.4.perElectionCents': '3,300', 'drives.9.goalCents': '75,000.50' })).toEqual({
      ok: true,
      body: {
        limits: [{ id: 4, perElectionCents: 330000, itemizationThresholdCents: 20000, cashMaxCents: 10000, anonymousCashMaxCents: 5000 }],
        drives: [{ id: 9, goalCents: 7500050, defaultPageGoalCents: 50000 }],
      },
    });
  });

  it('names every input that is not an amount, and sends nothing', () => {
    const form = { ...toLimitsForm(SAVED), 'limits.4.cashMaxCents': '-1', 'drives.9.defaultPageGoalCents': '500.005' };
    expect(toLimitsBody(SAVED, form)).toEqual({
      ok: false,
      problems: { 'limits.4.cashMaxCents': 'negative', 'drives.9.defaultPageGoalCents': 'fractionOfCent' },
    });
  });

  it("puts the server's field errors (body indexes) on the inputs (row ids)", () => {
    const body = { limits: [{ id: 4, perElectionCents: 1, itemizationThresholdCents: 1, cashMaxCents: 1, anonymousCashMaxCents: 2 }] };
    expect(inputErrors(body, { 'limits.0.anonymousCashMaxCents': 'too high', '': 'refused' })).toEqual({
      'limits.4.anonymousCashMaxCents': 'too high',
      '': 'refused',
    });
  });
});

describe('the check or cash gift form', () => {
  const filled = {
    ...emptyOfflineGift(),
    firstName: ' Rosa ',
    lastName: 'Delgado',
    email: 'rosa@example.org',
    street: '1 Main St',
    city: 'Henderson',
    state: 'NV',
    zip: '89002',
    occupation: 'Teacher',
    employer: 'Clark County Schools',
    checkNumber: '4417',
    amount: '250',
    affirmed: { citizenOrGreenCard: true, ownFunds: true, atLeast18: true, notFederalContractor: true },
  };

  it('sends the amount in cents, the check number only for a check, and trimmed donor fields', () => {
    const check = toOfflineGiftBody(filled, '2025-11');
    expect(check).toEqual({
      ok: true,
      body: expect.objectContaining({
        firstName: 'Rosa',
        amountCents: 25000,
        method: 'check',
        checkNumber: '4417',
        affirmationsVersion: '2025-11',
      }),
    });
    const cash = toOfflineGiftBody({ ...filled, method: 'cash' }, '2025-11');
    expect(cash.ok && 'checkNumber' in cash.body).toBe(false);
  });

  it('refuses an amount of nothing, a negative one or a fraction of a cent before sending', () => {
    expect(toOfflineGiftBody({ ...filled, amount: '0' }, '2025-11')).toEqual({ ok: false, problem: 'empty' });
    expect(toOfflineGiftBody({ ...filled, amount: '-20' }, '2025-11')).toEqual({ ok: false, problem: 'negative' });
    expect(toOfflineGiftBody({ ...filled, amount: '20.001' }, '2025-11')).toEqual({ ok: false, problem: 'fractionOfCent' });
  });
});
