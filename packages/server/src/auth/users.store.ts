// People's accounts. A new account and its data key are written in one transaction, so there
// is never an account whose data cannot be encrypted.
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { checkPassword, hashPassword, passwordProblemMessage } from './passwords';
import type { SessionUser } from './sessions';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createUser(ctx: AppContext, input: { email: string; password: string; role: SessionUser['role'] }): Promise<SessionUser> {
  const email = normaliseEmail(input.email);
  const problem = checkPassword(input.password, email);
  if (problem) throw new AppError('validation_failed', passwordProblemMessage[problem], { field: 'password' });
  const passwordHash = await hashPassword(input.password);
  const user: SessionUser = { id: randomUUID(), email, role: input.role };
  const taken = await ctx.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (taken) throw new AppError('conflict', 'An account with this email already exists. Try logging in.', { field: 'email' });
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('users')
        .values({ id: user.id, email, password_hash: passwordHash, role: user.role, created_at: new Date(ctx.clock.now()).toISOString() })
        .execute();
      await ctx.keys.createUserKey(user.id, trx);
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if (/unique|duplicate/i.test((error as Error).message)) {
      throw new AppError('conflict', 'An account with this email already exists. Try logging in.', { field: 'email' });
    }
    throw error;
  }
  return user;
}

export async function findUserForLogin(ctx: AppContext, email: string): Promise<(SessionUser & { passwordHash: string }) | undefined> {
  const row = await ctx.db.selectFrom('users').select(['id', 'email', 'role', 'password_hash']).where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row ? { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash } : undefined;
}
