import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../types';

export async function healthRoutes(app: App): Promise<void> {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), time: z.string() }) } } },
    async () => {
      await sql`select 1`.execute(app.ctx.db);
      return { status: 'ok' as const, database: app.ctx.dialect, time: new Date(app.ctx.clock.now()).toISOString() };
    },
  );
}
