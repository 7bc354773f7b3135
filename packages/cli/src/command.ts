// What every `kinbridge` sub-command looks like. Each command parses its own flags with
// node:util parseArgs (strict), so an unknown flag is a UsageError and exits 2.
import type { ParseArgsConfig } from 'node:util';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  /** Words after `kinbridge`, e.g. ['user', 'add']. */
  path: string[];
  summary: string;
  /** Full help text shown by `--help`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals?: boolean;
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }, io: CommandIo): Promise<number>;
}

/** Bad command line: printed with a hint and exit code 2. */
export class UsageError extends Error {}
