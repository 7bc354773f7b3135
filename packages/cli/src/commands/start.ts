import { startServer } from '@kinbridge/server';
import type { Command } from '../command';
import { configFrom, storageHelp, storageOptions } from '../server-config';

export const startCommand: Command = {
  path: ['start'],
  summary: 'run the server and web app on one port',
  usage: `Usage: kinbridge start [--port N] [--host H] [--data DIR] [--database URL]

Starts Kinbridge: the API and the web app on one port.

Options:
  -p, --port N         port to listen on (default 8080, or PORT)
      --host H         address to bind (default 127.0.0.1, or HOST; 0.0.0.0 for all)
${storageHelp}
  -h, --help           show this help`,
  options: { port: { type: 'string', short: 'p' }, host: { type: 'string' }, ...storageOptions },
  async run({ values }, io) {
    const config = configFrom(values, io, { port: values.port, host: values.host });
    const server = await startServer(config);
    io.stdout.write(`Kinbridge is running at ${server.url.replace('127.0.0.1', 'localhost')}\n`);
    // Keep running until a signal stops the server (server.ts handles SIGTERM/SIGINT).
    await server.closed;
    return 0;
  },
};
