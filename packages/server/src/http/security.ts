// Default-deny response headers and the cross-site request guard.
import helmet from '@fastify/helmet';
import type { FastifyRequest } from 'fastify';
import type { App } from '../types';
import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin this request was addressed to, or the configured public origin. */
export function ownOrigin(request: FastifyRequest, configured: string | undefined): string {
  if (configured) return new URL(configured).origin;
  return `${request.protocol}://${request.host}`;
}

export async function registerSecurity(app: App): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });

  // Cross-site request guard: a state-changing request from a page on another origin is
  // refused. Browsers always send Origin (or Sec-Fetch-Site) on such requests; clients with
  // neither (curl, the CLI) cannot carry a victim's cookie, so they pass.
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (origin !== ownOrigin(request, app.ctx.config.publicOrigin)) throw new AppError('forbidden', 'Cross-site requests are not allowed.');
      return;
    }
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') throw new AppError('forbidden', 'Cross-site requests are not allowed.');
  });

  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
