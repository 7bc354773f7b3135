// Sign-up, log-in, log-out and "who am I". Log-in answers the same way, in the same time, for
// an unknown email and a wrong password.
import { z } from 'zod';
import type { App } from '../types';
import { AppError } from '../errors';
import { PASSWORD_MAX_LENGTH } from './passwords';
import { optionalUser, requireUser } from './require-user';
import { clearSessionCookie, createSession, deleteSession, SESSION_COOKIE, setSessionCookie } from './sessions';
import { createUser, findUserForLogin } from './users.store';
import { verifyPassword } from './passwords';

const emailSchema = z.email({ pattern: z.regexes.unicodeEmail, message: 'Enter a valid email address.' }).max(254);
const userResponse = z.object({ id: z.string(), email: z.string(), role: z.enum(['client', 'therapist']) });

export async function authRoutes(app: App): Promise<void> {
  const rateLimit = { max: app.ctx.config.authRateLimit, timeWindow: '1 minute' };

  app.post(
    '/api/auth/register',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        body: z.object({
          email: emailSchema,
          password: z.string().max(PASSWORD_MAX_LENGTH),
          role: z.enum(['client', 'therapist']).default('client'),
        }),
        response: { 201: userResponse },
      },
    },
    async (request, reply) => {
      const user = await createUser(app.ctx, request.body);
      const session = await createSession(app.ctx, user.id);
      setSessionCookie(request, reply, session.token, session.expiresAt);
      request.log.info({ event: 'account_created', role: user.role }, 'account created');
      return reply.code(201).send(user);
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        body: z.object({ email: z.string().max(254), password: z.string().max(PASSWORD_MAX_LENGTH) }),
        response: { 200: userResponse },
      },
    },
    async (request, reply) => {
      const found = await findUserForLogin(app.ctx, request.body.email);
      const ok = await verifyPassword(found?.passwordHash, request.body.password);
      if (!found || !ok) throw new AppError('unauthorized', 'That email and password do not match an account.');
      const session = await createSession(app.ctx, found.id);
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return { id: found.id, email: found.email, role: found.role };
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['auth'] } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await deleteSession(app.ctx, token);
    clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.get('/api/me', { schema: { tags: ['auth'], response: { 200: userResponse } } }, async (request) => {
    const user = await requireUser(request);
    return { id: user.id, email: user.email, role: user.role };
  });

  // Used by the web app at start: answers 200 either way so it does not log a console error.
  app.get('/api/session', { schema: { tags: ['auth'] } }, async (request) => {
    const user = await optionalUser(request);
    return { user: user ? { id: user.id, email: user.email, role: user.role } : null };
  });
}
