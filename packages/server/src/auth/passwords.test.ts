import { describe, expect, it } from 'vitest';
import { checkPassword, hashPassword, verifyPassword } from './passwords';

describe('password rules', () => {
  it('asks for at least 10 characters', () => {
    expect(checkPassword('short pw')).toBe('too_short');
    expect(checkPassword('ten chars!')).toBeUndefined();
  });
  it('refuses the most common passwords in any case', () => {
    expect(checkPassword('Password123')).toBe('too_common');
    expect(checkPassword('1234567890')).toBe('too_common');
    expect(checkPassword('aaaaaaaaaaaa')).toBe('too_common');
  });
  it('refuses the email address as password', () => {
    expect(checkPassword('me@example.org', 'ME@example.org')).toBe('too_common');
  });
});

describe('password hashing', () => {
  it('stores Argon2id hashes and verifies only the right password', async () => {
    const stored = await hashPassword('a calm river at night');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'a calm river at night')).toBe(true);
    expect(await verifyPassword(stored, 'a calm river at noon')).toBe(false);
  });
  it('answers false for an unknown account after doing the same work', async () => {
    expect(await verifyPassword(undefined, 'anything at all')).toBe(false);
  });
});
