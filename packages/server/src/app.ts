// Builds the Fastify application around an AppContext. No listening here: tests use
// app.inject, and server.ts adds the port and signal handling.
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './context';
import { errorHandler } from './http/error-handler';
import { registerSecurity } from './http/security';
import { registerWebApp } from './http/web-app';
import { featureRoutes } from './routes';
import type { App } from './types';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface BuildOptions {
  /** Where logs go (tests capture them); stdout when unset. */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: ctx.config.trustProxy,
    logger: {
      level: ctx.config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Requests are logged by method, route and status only: no bodies, cookies, query
      // strings or client addresses, so no health data or identifiers reach the logs.
      serializers: {
        req: (req) => ({ method: req.method, url: req.url.split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'body', 'password', '*.password', 'email', '*.email'], remove: true },
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('ctx', ctx);
  app.setErrorHandler(errorHandler);

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerSecurity(app);
  await app.register(swagger, {
    openapi: { info: { title: 'Kinbridge API', version: '0.1.0', description: 'Kinbridge server API. Every route under /api needs a session cookie unless noted.' } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  for (const routes of featureRoutes) await app.register(routes);
  await registerWebApp(app);
  return app;
}
