import { z } from '@strapi/utils';
import {
  donorKey,
  isSameDonor,
  normaliseStreet,
  type DonorIdentity,
} from '../../../plugins/mymitt-fundraising/server/src/domain/donor-key';
import {
  checkAgainstLimit,
  installmentAllowed,
  limitInForce,
  type ContributionLimit,
} from '../../../plugins/mymitt-fundraising/server/src/domain/contribution-limits';
import { designate, type Election } from '../../../plugins/mymitt-fundraising/server/src/domain/election-designation';
import { itemization } from '../../../plugins/mymitt-fundraising/server/src/domain/itemization';
import {
  excessiveContributions,
  type ElectionReceipt,
} from '../../../plugins/mymitt-fundraising/server/src/domain/excessive-contributions';
import { calendarDate } from '../../../plugins/mymitt-fundraising/server/src/domain/calendar-date';
import { findCampaignProblems, findLimitProblems } from '../../../plugins/mymitt-fundraising/server/src/domain/compliance-settings';
import {
  AFFIRMATION_KEYS,
  AFFIRMATION_TEXTS,
  BEST_EFFORTS_STATEMENT,
  CURRENT_AFFIRMATIONS_VERSION,
} from '../../../plugins/mymitt-fundraising/server/src/domain/affirmations';
import { contributionDonorBody } from '../../../plugins/mymitt-fundraising/server/src/validators/contribution-donor';

const aDonor = (overrides: Partial<DonorIdentity> = {}): DonorIdentity => ({
  firstName: 'Pat',
  lastName: "O'Brien",
  street: '742 Evergreen Terrace, Apt. 4',
  zip: '03301',
  email: 'pat@example.org',
  ...overrides,
});

const limit2526: ContributionLimit = {
  id: 1,
  perElectionCents: 350000,
  itemizationThresholdCents: 20000,
  cashMaxCents: 10000,
  anonymousCashMaxCents: 5000,
  effectiveFrom: '2024-11-06',
  effectiveTo: '2026-11-03',
};
const limit2728: ContributionLimit = {
  ...limit2526,
  id: 2,
  perElectionCents: 370000,
  effectiveFrom: '2026-11-04',
  effectiveTo: '2028-11-07',
};

const primary: Election = {
  id: 10,
  documentId: 'primary2026doc',
  name: '2026 primary',
  nameEs: null,
  kind: 'primary',
  electionDate: '2026-09-08',
  cycle: '2026',
  netDebtsOutstandingCents: 0,
};
const general: Election = {
  id: 11,
  documentId: 'general2026doc',
  name: '2026 general',
  nameEs: null,
  kind: 'general',
  electionDate: '2026-11-03',
  cycle: '2026',
  netDebtsOutstandingCents: 0,
};
const elections = [general, primary];

describe('FEC-03 donor key', () => {
  it('is the same for one person typed differently on two forms (case, spaces, punctuation, ZIP+4, Street/St, Apt/#)', () => {
    const onPage = donorKey(aDonor());
    const onForm = donorKey(
      aDonor({ firstName: ' PAT J. ', lastName: 'obrien', street: '742  evergreen ter #4', zip: '03301-1234', email: ' Pat@Example.ORG ' })
    );
    expect(onForm).toEqual(onPage);
    expect(normaliseStreet('12 North Main Street')).toBe(normaliseStreet('12 N. Main St.'));
    expect(normaliseStreet('1600 Pennsylvania Avenue NW')).toBe('1600 pennsylvania ave nw');
    expect(normaliseStreet('P.O. Box 12')).toBe(normaliseStreet('Post Office Box 12'));
  });

  it('still matches a donor who moved (same email) or changed email (same address)', () => {
    const before = donorKey(aDonor());
    expect(isSameDonor(before, donorKey(aDonor({ street: '1 Elm Road', zip: '80202' })))).toBe(true);
    expect(isSameDonor(before, donorKey(aDonor({ email: 'pat.obrien@work.example' })))).toBe(true);
  });

  it('keeps apart people sharing an email or an address, and a Jr from his father', () => {
    const pat = donorKey(aDonor());
    expect(isSameDonor(pat, donorKey(aDonor({ firstName: 'Sam' })))).toBe(false);
    expect(isSameDonor(donorKey(aDonor({ lastName: 'Doe Jr.' })), donorKey(aDonor({ lastName: 'Doe Sr.' })))).toBe(false);
    expect(isSameDonor(pat, donorKey(aDonor({ street: '1 Elm Road', email: 'other@example.org' })))).toBe(false);
  });

  it('does not carry the address or email in clear text', () => {
    const key = donorKey(aDonor());
    expect(key.byAddress).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(key)).not.toMatch(/evergreen|example/i);
  });
});

describe('FEC-02 limit in force', () => {
  it('is the row whose range contains the date, edges included', () => {
    expect(limitInForce([limit2526, limit2728], '2024-11-06')).toEqual({ ...limit2526, notConfigured: false });
    expect(limitInForce([limit2526, limit2728], '2026-11-03')).toEqual({ ...limit2526, notConfigured: false });
    expect(limitInForce([limit2526, limit2728], '2026-11-04')).toEqual({ ...limit2728, notConfigured: false });
  });

  it('on 2027-01-15 with no 2027–28 row is the 2025–26 limit, flagged notConfigured', () => {
    expect(limitInForce([limit2526], '2027-01-15')).toEqual({ ...limit2526, notConfigured: true });
  });

  it('is null before any configured row', () => {
    expect(limitInForce([limit2526], '2020-01-01')).toBeNull();
  });

  it('refuses staff input that would break the rules: a zero limit, a reversed range, bad presets', () => {
    expect(findLimitProblems({ perElectionCents: '0', effectiveFrom: '2026-01-01', effectiveTo: '2025-01-01' }).map((p) => p.path)).toEqual(
      ['perElectionCents', 'effectiveTo']
    );
    expect(findLimitProblems({ perElectionCents: '350000', effectiveFrom: '2024-11-06', effectiveTo: null })).toEqual([]);
    expect(findCampaignProblems({ presetAmountsCents: [2500, 12.5] })).toHaveLength(1);
    expect(findCampaignProblems({ presetAmountsCents: [2500, 5000] })).toEqual([]);
  });
});

describe('FEC-04/05 designation', () => {
  it('FEC-04 counts an undesignated gift toward the next election: the primary until primary day, then the general', () => {
    expect(designate(elections, '2026-03-01')).toMatchObject({ ok: true, election: primary, designatedByDonor: false });
    expect(designate(elections, '2026-09-08')).toMatchObject({ ok: true, election: primary });
    expect(designate(elections, '2026-09-09')).toMatchObject({ ok: true, election: general, designatedByDonor: false });
  });

  it('FEC-04 keeps a designation for an upcoming election', () => {
    expect(designate(elections, '2026-03-01', general.id)).toMatchObject({
      ok: true,
      election: general,
      designatedByDonor: true,
      capCents: null,
    });
  });

  it('FEC-05 refuses a gift to a past election without net debts, with 422', () => {
    expect(designate(elections, '2026-09-09', primary.id)).toMatchObject({ ok: false, status: 422, reason: 'past-election-no-debts' });
  });

  it('FEC-05 accepts a gift to a past election only up to its net debts outstanding', () => {
    const indebted = [{ ...primary, netDebtsOutstandingCents: 30000 }, general];
    expect(designate(indebted, '2026-09-09', primary.id, 30000)).toMatchObject({ ok: true, capCents: 30000 });
    const over = designate(indebted, '2026-09-09', primary.id, 30001);
    expect(over).toMatchObject({ ok: false, status: 422, reason: 'over-net-debts' });
    expect(!over.ok && over.message).toContain('$300.00');
  });

  it('refuses an unknown election, and any gift when no election is upcoming', () => {
    expect(designate(elections, '2026-03-01', 999)).toMatchObject({ ok: false, reason: 'unknown-election' });
    expect(designate(elections, '2026-11-04')).toMatchObject({ ok: false, reason: 'no-upcoming-election' });
  });
});

describe('FEC-01 per-election limit', () => {
  const base = { election: primary, limitCents: 350000, redesignationConsent: false, nextElection: general };

  it('accepts a gift up to the limit exactly', () => {
    expect(checkAgainstLimit({ ...base, amountCents: 50000, givenByElectionCents: { [primary.id]: 300000 } })).toEqual({
      ok: true,
      parts: [{ electionId: primary.id, amountCents: 50000 }],
    });
  });

  it('refuses with 422 naming the limit and what the donor may still give ($3,000 via a page + $600 direct)', () => {
    expect(checkAgainstLimit({ ...base, amountCents: 60000, givenByElectionCents: { [primary.id]: 300000 } })).toEqual({
      ok: false,
      status: 422,
      limitCents: 350000,
      remainingCents: 50000,
      message: 'You may give $500.00 more for the 2026 primary; the federal limit is $3,500.00 per election.',
    });
  });

  it('says so when nothing is left', () => {
    const check = checkAgainstLimit({ ...base, amountCents: 100, givenByElectionCents: { [primary.id]: 350000 } });
    expect(check).toMatchObject({ ok: false, remainingCents: 0 });
    expect(!check.ok && check.message).toBe(
      'You have already given the most allowed for the 2026 primary; the federal limit is $3,500.00 per election.'
    );
  });

  it('with redesignation consent moves the excess to the general and shows both parts', () => {
    const check = checkAgainstLimit({
      ...base,
      redesignationConsent: true,
      amountCents: 100000,
      givenByElectionCents: { [primary.id]: 300000 },
    });
    expect(check).toEqual({
      ok: true,
      parts: [
        { electionId: primary.id, amountCents: 50000 },
        { electionId: general.id, amountCents: 50000 },
      ],
    });
    const allToGeneral = checkAgainstLimit({
      ...base,
      redesignationConsent: true,
      amountCents: 20000,
      givenByElectionCents: { [primary.id]: 350000 },
    });
    expect(allToGeneral).toEqual({ ok: true, parts: [{ electionId: general.id, amountCents: 20000 }] });
  });

  it('with consent still refuses what passes the general too, naming both remainders', () => {
    const check = checkAgainstLimit({
      ...base,
      redesignationConsent: true,
      amountCents: 150000,
      givenByElectionCents: { [primary.id]: 300000, [general.id]: 300000 },
    });
    expect(check).toEqual({
      ok: false,
      status: 422,
      limitCents: 350000,
      remainingCents: 100000,
      message:
        'You may give $500.00 more for the 2026 primary and $500.00 more for the 2026 general; the federal limit is $3,500.00 per election.',
    });
  });

  it('never splits without consent, even when the general has room', () => {
    expect(checkAgainstLimit({ ...base, amountCents: 60000, givenByElectionCents: { [primary.id]: 300000 } }).ok).toBe(false);
  });
});

describe('FEC-12 recurring installments', () => {
  it('charges an installment that fits and skips one that would pass the limit (never split)', () => {
    const installment = { amountCents: 25000, election: primary, limitCents: 350000 };
    expect(installmentAllowed({ ...installment, givenByElectionCents: { [primary.id]: 325000 } })).toEqual({
      charge: true,
      parts: [{ electionId: primary.id, amountCents: 25000 }],
    });
    expect(installmentAllowed({ ...installment, givenByElectionCents: { [primary.id]: 330000 } })).toMatchObject({
      charge: false,
      remainingCents: 20000,
    });
  });
});

describe('FEC-06 itemization', () => {
  it('itemises once the cycle aggregate passes $200, and every later gift however small', () => {
    expect(itemization(20000, 20000)).toBe('unitemized');
    expect(itemization(20001, 20000)).toBe('itemized');
    expect(itemization(20001 + 100, 20000)).toBe('itemized');
  });
});

describe('FEC-10 excessive contributions', () => {
  const gift = (donorKey: string, amountCents: number, receivedOn: string, electionId = primary.id): ElectionReceipt => ({
    donorKey,
    electionId,
    amountCents,
    receivedOn,
  });

  it('lists donors over the limit with the excess and its 60-day remedy date; overdue after it', () => {
    const rows = [
      gift('late', 300000, '2026-01-05'),
      gift('late', 100000, '2026-02-01'),
      gift('fresh', 350000, '2026-04-01'),
      gift('fresh', 1000, '2026-04-20'),
      gift('within', 350000, '2026-03-01'),
      gift('within', 350000, '2026-03-01', general.id),
    ];
    expect(excessiveContributions(rows, 350000, '2026-04-30')).toEqual([
      {
        donorKey: 'late',
        electionId: primary.id,
        totalCents: 400000,
        excessCents: 50000,
        exceededOn: '2026-02-01',
        remedyDueBy: '2026-04-02',
        overdue: true,
      },
      {
        donorKey: 'fresh',
        electionId: primary.id,
        totalCents: 351000,
        excessCents: 1000,
        exceededOn: '2026-04-20',
        remedyDueBy: '2026-06-19',
        overdue: false,
      },
    ]);
  });

  it('drops a remedied excess (refund row) and restarts the clock when the donor goes over again', () => {
    const rows = [gift('pat', 400000, '2026-01-05'), gift('pat', -50000, '2026-01-20'), gift('pat', 10000, '2026-05-01')];
    expect(excessiveContributions(rows.slice(0, 2), 350000, '2026-06-30')).toEqual([]);
    expect(excessiveContributions(rows, 350000, '2026-06-30')).toEqual([
      expect.objectContaining({ excessCents: 10000, exceededOn: '2026-05-01', overdue: false }),
    ]);
  });
});

describe('dates of receipt', () => {
  it('are counted in the committee time zone: 11 pm Eastern on election day is still election day', () => {
    expect(calendarDate(new Date('2026-11-04T03:30:00Z'), 'America/New_York')).toBe('2026-11-03');
  });
});

describe('FEC-06/08 contribution donor body', () => {
  const parse = (body: unknown) => contributionDonorBody.safeParse(body);
  const aContribution = (overrides: Record<string, unknown> = {}) => ({
    firstName: 'Pat',
    lastName: 'Doe',
    email: 'pat@example.org',
    street: '742 Evergreen Terrace',
    city: 'Concord',
    state: 'NH',
    zip: '03301',
    occupation: 'Teacher',
    employer: 'Concord School District',
    affirmations: Object.fromEntries(AFFIRMATION_KEYS.map((key) => [key, true])),
    affirmationsVersion: CURRENT_AFFIRMATIONS_VERSION,
    ...overrides,
  });
  const issuePaths = (body: unknown) => {
    const result = parse(body);
    return result.success ? [] : result.error.issues.map((issue: z.core.$ZodIssue) => issue.path.join('.'));
  };

  it('accepts a complete US donor, defaulting the country to US', () => {
    const result = parse(aContribution());
    expect(result.success && result.data.country).toBe('US');
  });

  it('FEC-06 requires name, address, occupation and employer', () => {
    for (const field of ['firstName', 'lastName', 'email', 'street', 'city', 'state', 'zip', 'occupation', 'employer']) {
      expect(issuePaths(aContribution({ [field]: undefined }))).toContain(field);
      expect(issuePaths(aContribution({ [field]: '  ' }))).toContain(field);
    }
  });

  it('FEC-08 refuses a missing or unticked affirmation, naming it', () => {
    for (const key of AFFIRMATION_KEYS) {
      const affirmations = Object.fromEntries(AFFIRMATION_KEYS.filter((k) => k !== key).map((k) => [k, true]));
      const missing = parse(aContribution({ affirmations }));
      expect(missing.success).toBe(false);
      expect(!missing.success && missing.error.issues[0]).toMatchObject({
        path: ['affirmations', key],
        message: expect.stringContaining(AFFIRMATION_TEXTS[CURRENT_AFFIRMATIONS_VERSION][key]),
      });
      expect(issuePaths(aContribution({ affirmations: { ...affirmations, [key]: 'true' } }))).toEqual([`affirmations.${key}`]);
    }
  });

  it('FEC-08 requires the text version shown, and a known one', () => {
    expect(issuePaths(aContribution({ affirmationsVersion: undefined }))).toEqual(['affirmationsVersion']);
    expect(issuePaths(aContribution({ affirmationsVersion: '1999-01' }))).toEqual(['affirmationsVersion']);
  });

  it('FEC-08 requires a US passport number with a foreign address', () => {
    const abroad = aContribution({ country: 'fr', state: 'Île-de-France', zip: '75001', city: 'Paris', street: '1 Rue de Rivoli' });
    expect(issuePaths(abroad)).toEqual(['usPassportNumber']);
    expect(parse({ ...abroad, usPassportNumber: 'a12345678' }).success).toBe(true);
  });

  it('checks a US state and ZIP, and refuses unknown fields (SEC-02)', () => {
    expect(issuePaths(aContribution({ state: 'XX', zip: '3301' }))).toEqual(['state', 'zip']);
    expect(issuePaths(aContribution({ amountRaisedCents: 1 }))).toEqual(['']);
  });

  it('FEC-07 exports the best-efforts sentence for the form', () => {
    expect(BEST_EFFORTS_STATEMENT).toMatch(/^Federal law requires us to use our best efforts .* exceed \$200 in an election cycle\.$/);
  });
});
