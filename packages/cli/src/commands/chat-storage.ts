// `kinbridge chat --user EMAIL`: the companion with that person's own plan, memory and
// conversation, read from and written to the server's encrypted storage (the same session the
// web chat uses). The data folder is opened directly, so run it on the server's machine.
import { createContext, openChatSession } from '@kinbridge/server';
import type { Companion, ReplyModel, TurnResult } from '@kinbridge/companion';
import { UsageError, type CommandIo } from '../command';
import { configFrom } from '../server-config';

export interface ChatSession {
  companion: Companion;
  save(personText: string, turn: TurnResult): Promise<void>;
  close(): Promise<void>;
}

export interface StoredChatOptions {
  values: Record<string, string | boolean | undefined>;
  io: CommandIo;
  email: string;
  region: string | undefined;
  model?: ReplyModel;
  modelTimeoutMs: number;
  seed?: number;
}

export async function openStoredChat(options: StoredChatOptions): Promise<ChatSession> {
  const config = configFrom(options.values, options.io, { logLevel: 'silent' });
  const { ctx, opened } = await createContext(config);
  try {
    const email = options.email.trim().toLowerCase();
    const user = await ctx.db.selectFrom('users').select(['id']).where('email', '=', email).executeTakeFirst();
    if (!user) throw new UsageError(`no account for ${options.email} in this data folder`);
    const session = await openChatSession(ctx, user.id, {
      ...(options.model ? { model: options.model } : {}),
      modelTimeoutMs: options.modelTimeoutMs,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.region ? { region: options.region } : {}),
    });
    return { companion: session.companion, save: (text, turn) => session.save(text, turn), close: () => opened.db.destroy() };
  } catch (error) {
    await opened.db.destroy();
    throw error;
  }
}
