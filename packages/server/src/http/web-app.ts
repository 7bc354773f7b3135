// Serves the built web app from the same origin. Unknown non-API paths get index.html so
// client-side routes (/sos, /plan) work on reload; hashed assets are cached for a year; the
// service worker and index.html are always revalidated so updates reach people.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { App } from '../types';
import { AppError } from '../errors';

export function defaultWebDist(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
}

export async function registerWebApp(app: App): Promise<void> {
  const root = app.ctx.config.webDist ?? defaultWebDist();
  const hasBuild = fs.existsSync(path.join(root, 'index.html'));

  if (hasBuild) {
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      index: false,
      cacheControl: false,
      setHeaders(res, filePath) {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
        else res.setHeader('cache-control', 'no-cache'); // sw.js, manifest, icons: revalidate so updates reach people
      },
    });
  }

  const sendShell = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html', { cacheControl: false });
  if (hasBuild) app.get('/', { schema: { hide: true } }, (_request, reply) => sendShell(reply));

  app.setNotFoundHandler(async (request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/docs');
    if (isPage && hasBuild) return sendShell(reply);
    if (isPage) {
      return reply
        .type('text/plain')
        .send('Kinbridge server is running, but the web app has not been built. Run `npm run build` (npm start does this for you).');
    }
    throw new AppError('not_found', `No such route: ${request.method} ${request.url.split('?')[0]}`);
  });
}
