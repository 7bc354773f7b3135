// Private notes: free text a person keeps for themselves (for example things to bring up in
// their next session). Bodies are sealed with the person's data key before they are stored.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireUser } from '../auth/require-user';
import type { App } from '../types';

export const NOTE_MAX_LENGTH = 10_000;
const noteResponse = z.object({ id: z.string(), body: z.string(), createdAt: z.string() });

export async function notesRoutes(app: App): Promise<void> {
  app.post(
    '/api/notes',
    { schema: { tags: ['notes'], body: z.object({ body: z.string().trim().min(1, 'Write something first.').max(NOTE_MAX_LENGTH, `Keep a note under ${NOTE_MAX_LENGTH} characters.`) }), response: { 201: noteResponse } } },
    async (request, reply) => {
      const user = await requireUser(request);
      const cipher = await app.ctx.keys.forUser(user.id);
      const note = { id: randomUUID(), body: request.body.body, createdAt: new Date(app.ctx.clock.now()).toISOString() };
      await app.ctx.db.insertInto('notes').values({ id: note.id, user_id: user.id, body: cipher.seal(note.body), created_at: note.createdAt }).execute();
      return reply.code(201).send(note);
    },
  );

  app.get('/api/notes', { schema: { tags: ['notes'], response: { 200: z.object({ notes: z.array(noteResponse) }) } } }, async (request) => {
    const user = await requireUser(request);
    const cipher = await app.ctx.keys.forUser(user.id);
    const rows = await app.ctx.db.selectFrom('notes').select(['id', 'body', 'created_at']).where('user_id', '=', user.id).orderBy('created_at', 'desc').limit(500).execute();
    return { notes: rows.map((row) => ({ id: row.id, body: cipher.open(row.body), createdAt: row.created_at })) };
  });
}
