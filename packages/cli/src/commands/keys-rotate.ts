import { rotateServerKeys } from '@kinbridge/server';
import type { Command } from '../command';
import { configFrom, storageHelp, storageOptions } from '../server-config';

export const keysRotateCommand: Command = {
  path: ['keys', 'rotate'],
  summary: 're-wrap every person\'s data key with a new server key',
  usage: `Usage: kinbridge keys rotate [--data DIR] [--database URL]

Rotates the server key. Each person's data key is re-wrapped with the new
server key; encrypted data itself is not rewritten, so this is quick.

  - Key file in the data folder (default): a new key is generated, every data
    key is re-wrapped, and the old key is removed from the file.
  - KINBRIDGE_SECRET_KEY: put the new key first ("NEW,OLD"), run this command,
    then remove OLD from the variable. Generate a key with: openssl rand -base64 32

Options:
${storageHelp}
  -h, --help           show this help`,
  options: { ...storageOptions },
  async run({ values }, io) {
    const config = configFrom(values, io, { logLevel: 'silent' });
    const result = await rotateServerKeys(config);
    io.stdout.write(`Re-wrapped ${result.rewrapped} data key(s) with server key ${result.currentKeyId} (${result.alreadyCurrent} already current).\n`);
    if (result.managedBy === 'environment') {
      io.stdout.write(result.oldKeysRemovable ? 'You can now remove the old key(s) from KINBRIDGE_SECRET_KEY.\n' : 'Only one key is configured: to rotate, set KINBRIDGE_SECRET_KEY="NEW,OLD" and run this again.\n');
    }
    return 0;
  },
};
