import { randomUUID } from 'crypto';
import type { TestApp } from './strapi';

export interface SupporterRegistration {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  zip: string;
}

/** Registration fields for a new supporter, unique per call. */
export function aSupporter(overrides: Partial<SupporterRegistration> = {}): SupporterRegistration {
  const tag = randomUUID().slice(0, 8);
  return {
    email: `supporter-${tag}@example.org`,
    password: `correct-horse-${tag}`,
    firstName: 'Pat',
    lastName: `Doe-${tag}`,
    zip: '03301',
    ...overrides,
  };
}

export interface SignedInSupporter {
  jwt: string;
  user: { id: number; documentId: string; email: string; username: string };
  registration: SupporterRegistration;
}

/** Registers a supporter through the public API and returns its JWT. */
export async function signUpSupporter(app: Pick<TestApp, 'http'>, overrides: Partial<SupporterRegistration> = {}): Promise<SignedInSupporter> {
  const registration = aSupporter(overrides);
  const res = await app.http().post('/api/auth/local/register').send(registration);
  if (res.status !== 200) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { jwt: res.body.jwt, user: res.body.user, registration };
}
