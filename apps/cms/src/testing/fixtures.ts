// Small documents for integration tests, written as Payload data.
import type { Payload } from 'payload';
import type { Role } from '../access/roles.js';
import { paragraphsToRichText } from '../mapping/lexical.js';

export interface TestUser {
  id: string | number;
  email: string;
  role: Role;
  collection: 'users';
}

/** Creates a user with `role` (bypassing access) and returns it as Local API `user`. */
export async function createUser(payload: Payload, role: Role): Promise<TestUser> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const doc = await payload.create({ collection: 'users', data: { email, password: 'correct horse battery', role }, overrideAccess: true });
  return { ...(doc as unknown as TestUser), collection: 'users' };
}

/** A rule that flags gift-card payments, with examples that behave. */
export function giftCardRule(slug = 'gift-card-payment') {
  return {
    slug,
    title: 'Asks for payment in gift cards',
    explanation: 'Real companies and officials never ask to be paid in gift cards.',
    severity: 'strong' as const,
    scored: true,
    kinds: ['payment'],
    match: { phrases: [{ phrase: 'gift card' }, { phrase: 'steam card' }] },
    examples: {
      mustMatch: [{ message: 'Buy a gift card and read me the numbers to settle the fine.' }],
      mustNotMatch: [{ message: 'Lunch is at noon, see you there.' }],
    },
  };
}

/** A guide with every required section filled. */
export function guideData(slug = 'test-guide') {
  return {
    slug,
    title: 'Is that test call a scam?',
    shortAnswer: 'Yes. Hang up and call the company on a number you find yourself.',
    scenario: paragraphsToRichText(['A caller says your account is locked.', 'They ask for a code.']),
    redFlags: [{ flag: 'Asks for a code', why: 'Codes sign you in; nobody else needs them.' }],
    steps: [{ step: 'Hang up.' }],
    channels: ['call' as const],
  };
}
