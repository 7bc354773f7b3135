import { AppError, createContext, createUser } from '@kinbridge/server';
import { UsageError, type Command } from '../command';
import { configFrom, storageHelp, storageOptions } from '../server-config';

export const userAddCommand: Command = {
  path: ['user', 'add'],
  summary: 'create an account (client or therapist)',
  usage: `Usage: kinbridge user add --email EMAIL [--role client|therapist] [--password-stdin]

Creates an account. The password is read from standard input (first line),
so it does not end up in your shell history.

Options:
      --email EMAIL      the account's email address (required)
      --role ROLE        client (default) or therapist
      --password-stdin   read the password from stdin (the default; kept for scripts)
${storageHelp}
  -h, --help             show this help`,
  options: { email: { type: 'string' }, role: { type: 'string' }, 'password-stdin': { type: 'boolean' }, ...storageOptions },
  async run({ values }, io) {
    if (typeof values.email !== 'string') throw new UsageError('--email is required');
    const role = values.role ?? 'client';
    if (role !== 'client' && role !== 'therapist') throw new UsageError('--role must be client or therapist');
    const password = (await readFirstLine(io.stdin)).trim();
    if (!password) throw new UsageError('no password on standard input (try: echo "long password" | kinbridge user add --email …)');
    const config = configFrom(values, io, { logLevel: 'silent' });
    const { ctx, opened } = await createContext(config);
    try {
      const user = await createUser(ctx, { email: values.email, password, role });
      io.stdout.write(`Created ${user.role} account ${user.email}.\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        io.stderr.write(`kinbridge user add: ${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      await opened.db.destroy();
    }
  },
};

async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += chunk.toString();
    const newline = text.indexOf('\n');
    if (newline >= 0) return text.slice(0, newline);
  }
  return text;
}
