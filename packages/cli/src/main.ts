// Entry point of the `kinbridge` command: finds the sub-command, parses its flags strictly and
// turns usage mistakes into a readable message with exit code 2.
import { parseArgs } from 'node:util';
import { commands } from './commands/index';
import { UsageError, type Command, type CommandIo } from './command';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.path.join(' ').length));
  const lines = commands.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  return ['Usage: kinbridge <command> [options]', '', 'Commands:', ...lines, '', 'Run `kinbridge <command> --help` for a command\'s options.'].join('\n');
}

function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  // Longest match first so `user add` wins over a hypothetical `user`.
  const sorted = [...commands].sort((a, b) => b.path.length - a.path.length);
  for (const command of sorted) {
    if (command.path.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(command.path.length) };
  }
  return undefined;
}

export async function main(argv: string[], io: CommandIo = defaultIo()): Promise<number> {
  const write = (stream: NodeJS.WritableStream, text: string) => stream.write(text.endsWith('\n') ? text : `${text}\n`);
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    write(io.stdout, overview());
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(argv);
  if (!found) {
    write(io.stderr, `kinbridge: unknown command "${argv.filter((a) => !a.startsWith('-')).join(' ')}"\n\n${overview()}`);
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    write(io.stdout, command.usage);
    return 0;
  }
  try {
    const parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.allowPositionals ?? false, strict: true });
    return await command.run({ values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      write(io.stderr, `kinbridge ${command.path.join(' ')}: ${(error as Error).message}\nRun \`kinbridge ${command.path.join(' ')} --help\` for usage.`);
      return 2;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function defaultIo(): CommandIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
