// Opaque session ids: 32 random bytes in an httpOnly cookie; the database keeps only their
// sha256, so reading the sessions table does not let anyone log in.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';

export const SESSION_COOKIE = 'kb_session';

export interface SessionUser {
  id: string;
  email: string;
  role: 'client' | 'therapist';
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(ctx: AppContext, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const expiresAt = new Date(now + ctx.config.sessionTtlHours * 3600_000);
  await ctx.db
    .insertInto('sessions')
    .values({ id_hash: hashToken(token), user_id: userId, created_at: new Date(now).toISOString(), expires_at: expiresAt.toISOString() })
    .execute();
  return { token, expiresAt };
}

export async function findSessionUser(ctx: AppContext, token: string): Promise<SessionUser | undefined> {
  const row = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.role', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return undefined;
  if (Date.parse(row.expires_at) <= ctx.clock.now()) {
    await deleteSession(ctx, token);
    return undefined;
  }
  return { id: row.id, email: row.email, role: row.role };
}

export async function deleteSession(ctx: AppContext, token: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('id_hash', '=', hashToken(token)).execute();
}

export async function deleteExpiredSessions(ctx: AppContext): Promise<number> {
  const result = await ctx.db.deleteFrom('sessions').where('expires_at', '<=', new Date(ctx.clock.now()).toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
