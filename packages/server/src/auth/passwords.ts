// Password rules and hashing. Argon2id with OWASP's recommended minimum (19 MiB, t=2, p=1).
// A login for an unknown email still verifies against a fixed dummy hash so that both
// failures take the same time and cannot be told apart.
import { hash, verify } from '@node-rs/argon2';
import { commonPasswords } from './common-passwords';

const OPTIONS = { algorithm: 2 /* Argon2id (a const enum in the typings) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

export function checkPassword(password: string, email?: string): PasswordProblem | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered)) return 'too_common';
  if (email && lowered === email.toLowerCase()) return 'too_common';
  if (new Set(lowered).size <= 2) return 'too_common';
  return undefined;
}

export const passwordProblemMessage: Record<PasswordProblem, string> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  too_common: 'That password is too common or easy to guess. Try a few unrelated words together.',
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    dummyHash ??= hash('kinbridge-dummy-password-for-timing', OPTIONS);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
