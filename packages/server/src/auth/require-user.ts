// Authorisation starts on the first line of every handler that touches a person's data.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import { findSessionUser, SESSION_COOKIE, type SessionUser } from './sessions';

const cache = new WeakMap<FastifyRequest, SessionUser>();

export async function optionalUser(request: FastifyRequest): Promise<SessionUser | undefined> {
  const known = cache.get(request);
  if (known) return known;
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const user = await findSessionUser(request.server.ctx, token);
  if (user) cache.set(request, user);
  return user;
}

export async function requireUser(request: FastifyRequest): Promise<SessionUser> {
  const user = await optionalUser(request);
  if (!user) throw new AppError('unauthorized', 'Please log in.');
  return user;
}

export async function requireRole(request: FastifyRequest, role: SessionUser['role']): Promise<SessionUser> {
  const user = await requireUser(request);
  if (user.role !== role) throw new AppError('forbidden', 'This is not available for your account.');
  return user;
}
