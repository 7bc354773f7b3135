import { migrateToLatest, openDatabase } from '@kinbridge/server';
import type { Command } from '../command';
import { configFrom, storageHelp, storageOptions } from '../server-config';

export const migrateCommand: Command = {
  path: ['migrate'],
  summary: 'bring the database schema up to date',
  usage: `Usage: kinbridge migrate [--data DIR] [--database URL]

Applies pending database migrations. Refuses to touch a database that has
migrations this version does not know.

Options:
${storageHelp}
  -h, --help           show this help`,
  options: { ...storageOptions },
  async run({ values }, io) {
    const config = configFrom(values, io);
    const opened = openDatabase(config);
    try {
      const { applied } = await migrateToLatest(opened.db);
      io.stdout.write(applied.length ? `Applied ${applied.length} migration(s) to ${opened.location}:\n  ${applied.join('\n  ')}\n` : `Database at ${opened.location} is up to date.\n`);
      return 0;
    } catch (error) {
      io.stderr.write(`kinbridge migrate: ${(error as Error).message}\n`);
      return 1;
    } finally {
      await opened.db.destroy();
    }
  },
};
