// Starting and stopping the real server: open storage, run migrations, listen, and shut down
// cleanly on SIGTERM/SIGINT (finish in-flight requests, close the database).
import type { Config } from './config';
import { systemClock, type AppContext } from './context';
import { KeyService } from './crypto/key-service';
import { loadOrCreateKeyFile, parseKeyring, type ServerKey } from './crypto/server-keys';
import { buildApp } from './app';
import { openDatabase, type OpenedDb } from './storage/db';
import { migrateToLatest } from './storage/migrator';
import type { App } from './types';

export function loadServerKeys(config: Config): ServerKey[] {
  return config.secretKeys ? parseKeyring(config.secretKeys) : loadOrCreateKeyFile(config.dataDir);
}

/** Opens the database, migrates it and builds the context. The caller owns `db.destroy()`. */
export async function createContext(config: Config): Promise<{ ctx: AppContext; opened: OpenedDb }> {
  const keys = loadServerKeys(config);
  const opened = openDatabase(config);
  try {
    await migrateToLatest(opened.db);
  } catch (error) {
    await opened.db.destroy();
    throw error;
  }
  return { ctx: { config, db: opened.db, dialect: opened.dialect, keys: new KeyService(opened.db, keys), clock: systemClock }, opened };
}

export interface RunningServer {
  app: App;
  url: string;
  stop(): Promise<void>;
  /** Settles once the server has shut down. */
  closed: Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const { ctx, opened } = await createContext(config);
  const app = await buildApp(ctx);
  let markClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (markClosed = resolve));
  app.addHook('onClose', async () => {
    await opened.db.destroy();
    markClosed();
  });
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: opened.dialect }, 'Kinbridge is listening');
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= app.close());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      void stop().then(() => process.exit(0));
    });
  }
  return { app, url: address, stop, closed };
}
