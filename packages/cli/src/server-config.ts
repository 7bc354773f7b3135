// Shared by the commands that touch the server's storage: the --data and --database flags,
// and turning config problems into a readable message.
import { loadConfig, type Config } from '@kinbridge/server';
import { UsageError, type CommandIo } from './command';

export const storageOptions = {
  data: { type: 'string', short: 'd' },
  database: { type: 'string' },
} as const;

export const storageHelp = `  -d, --data DIR       data folder (default ./data, or KINBRIDGE_DATA)
      --database URL   PostgreSQL URL (or DATABASE_URL); SQLite in the data folder when unset`;

export function configFrom(values: Record<string, string | boolean | undefined>, io: CommandIo, extra: Partial<Record<keyof Config, unknown>> = {}): Config {
  const result = loadConfig({ dataDir: values.data, databaseUrl: values.database, ...extra }, io.env);
  if (!result.ok) throw new UsageError(`configuration problem:\n  ${result.errors.join('\n  ')}`);
  return result.config;
}
