// The companion over HTTP. POST /api/chat/messages answers with a stream of server-sent events:
//   start   {risk, resources, actions, flow, banner}   before any text, so the banner shows first
//   delta   {text}                                     pieces of the reply
//   replace {text}                                     the whole reply, replacing what was shown
//   done    {reply, risk, resources, flow, actions, banner, disclosure, source, notices, remembered}
// History and memory are read and deleted through the other routes. Everything is per person:
// the session cookie picks the person, and every store is scoped to them.
import { z } from 'zod';
import { MEMORY_KIND_LABEL, type ReplyEvent, type TurnResult } from '@kinbridge/companion';
import { registerExporter } from '../account/data-export';
import { requireUser } from '../auth/require-user';
import { AppError } from '../errors';
import type { App } from '../types';
import { openChatSession } from './chat.session';
import { ChatStore } from './chat.store';
import { openEventStream } from './event-stream';
import { SealedMemoryStore } from './memory.store';

/** Longest message accepted; the companion reads the first 4,000 characters and says so. */
export const CHAT_MESSAGE_MAX = 100_000;

const memoryItem = z.object({ id: z.string(), kind: z.string(), label: z.string(), text: z.string(), at: z.string(), source: z.string() });
const resource = z.object({ name: z.string(), phone: z.string().optional(), text: z.string().optional(), url: z.string().optional() });
const historyMessage = z.object({
  id: z.string(),
  seq: z.number(),
  role: z.enum(['person', 'companion']),
  text: z.string(),
  createdAt: z.string(),
  meta: z
    .object({
      flow: z.string(),
      risk: z.object({ level: z.string(), categories: z.array(z.string()) }),
      resources: z.array(resource),
      actions: z.array(z.record(z.string(), z.string())),
    })
    .optional(),
});

// One turn at a time per person in this process, so two tabs cannot interleave one
// conversation's state. (Across processes the last save wins; turns are still both stored.)
const queues = new Map<string, Promise<unknown>>();
function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}

function donePayload(turn: TurnResult) {
  return {
    reply: turn.reply,
    risk: turn.risk,
    resources: turn.resources,
    flow: turn.flow,
    actions: turn.actions,
    banner: turn.banner,
    disclosure: turn.disclosure,
    source: turn.source,
    notices: turn.notices,
    remembered: turn.remembered.map((m) => ({ id: m.id, kind: m.kind, text: m.text })),
    forgotten: turn.forgotten,
  };
}

function eventPayload(event: Exclude<ReplyEvent, { type: 'done' }>) {
  if (event.type === 'start') return { risk: event.risk, resources: event.resources, actions: event.actions, flow: event.flow, banner: event.banner };
  return { text: event.text };
}

registerExporter({
  section: 'companion',
  async export(ctx, user, cipher) {
    const chat = new ChatStore(ctx.db, cipher, user.id);
    const messages = [];
    let before: number | undefined;
    for (;;) {
      const page = await chat.history({ limit: 500, before });
      messages.unshift(...page);
      if (page.length < 500) break;
      before = page[0]?.seq;
    }
    const memory = await new SealedMemoryStore(ctx.db, cipher, user.id, ctx.clock).list();
    return { messages, memory, screenings: await chat.screenings() };
  },
});

export async function chatRoutes(app: App): Promise<void> {
  app.post(
    '/api/chat/messages',
    {
      schema: {
        tags: ['chat'],
        description: 'Send a message to the companion. The reply streams as text/event-stream (events: start, delta, replace, done).',
        body: z.object({ text: z.string().max(CHAT_MESSAGE_MAX, `Keep a message under ${CHAT_MESSAGE_MAX} characters.`) }),
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const user = await requireUser(request);
      const text = request.body.text;
      await oneAtATime(user.id, async () => {
        const session = await openChatSession(app.ctx, user.id);
        const events = openEventStream(reply);
        try {
          const turn = await session.companion.reply(text, app.ctx.clock.now(), (event) => {
            if (event.type !== 'done') events.send(event.type, eventPayload(event));
          });
          // Stored even when the person closed the tab mid-reply: the turn happened.
          await session.save(text, turn);
          events.send('done', donePayload(turn));
        } catch (error) {
          request.log.error({ err: error }, 'companion turn failed');
          events.send('error', { message: 'Something went wrong on our side. If you are in danger, call your local emergency number or a crisis line now.' });
        } finally {
          events.end();
        }
      });
      return reply;
    },
  );

  app.get(
    '/api/chat/history',
    {
      schema: {
        tags: ['chat'],
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), before: z.coerce.number().int().min(1).optional() }),
        response: { 200: z.object({ messages: z.array(historyMessage) }) },
      },
    },
    async (request) => {
      const user = await requireUser(request);
      const cipher = await app.ctx.keys.forUser(user.id);
      const messages = await new ChatStore(app.ctx.db, cipher, user.id).history({ limit: request.query.limit, before: request.query.before });
      return { messages };
    },
  );

  app.get('/api/memory', { schema: { tags: ['chat'], response: { 200: z.object({ items: z.array(memoryItem) }) } } }, async (request) => {
    const user = await requireUser(request);
    const cipher = await app.ctx.keys.forUser(user.id);
    const items = await new SealedMemoryStore(app.ctx.db, cipher, user.id, app.ctx.clock).list();
    return { items: items.map((m) => ({ id: m.id, kind: m.kind, label: MEMORY_KIND_LABEL[m.kind], text: m.text, at: m.at, source: m.source })) };
  });

  app.delete('/api/memory/:id', { schema: { tags: ['chat'], params: z.object({ id: z.string().min(1).max(100) }) } }, async (request, reply) => {
    const user = await requireUser(request);
    const cipher = await app.ctx.keys.forUser(user.id);
    const removed = await new SealedMemoryStore(app.ctx.db, cipher, user.id, app.ctx.clock).remove(request.params.id);
    if (!removed) throw new AppError('not_found', 'There is nothing remembered with that id.');
    return reply.code(204).send();
  });

  app.delete('/api/memory', { schema: { tags: ['chat'], response: { 200: z.object({ deleted: z.number() }) } } }, async (request) => {
    const user = await requireUser(request);
    const cipher = await app.ctx.keys.forUser(user.id);
    return { deleted: await new SealedMemoryStore(app.ctx.db, cipher, user.id, app.ctx.clock).clear() };
  });
}
