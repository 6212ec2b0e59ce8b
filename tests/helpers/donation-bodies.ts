import { randomUUID } from 'crypto';

/** The five FEC-08 affirmations, all ticked, as the donation form sends them. */
export const AFFIRMATIONS = {
  citizenOrGreenCard: true,
  ownFunds: true,
  ownPersonalCard: true,
  atLeast18: true,
  notFederalContractor: true,
};

/**
 * A complete, lawful body for `POST /api/mymitt-fundraising/donations`, for a person of its own: a fresh
 * last name, email and street number per call, so no two calls are one donor (FEC-03) unless the
 * overrides say so.
 */
export function aDonationBody(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return {
    amountCents: 5000,
    firstName: 'Ann',
    lastName: `Romney${tag}`,
    email: `ann-${tag}@example.org`,
    street: `${tag.replace(/\D/g, '').slice(0, 3) || '1'} Main Street`,
    city: 'Belmont',
    state: 'MA',
    zip: '02478',
    occupation: 'Teacher',
    employer: 'Belmont Schools',
    affirmations: AFFIRMATIONS,
    affirmationsVersion: '2025-11',
    ...overrides,
  };
}
