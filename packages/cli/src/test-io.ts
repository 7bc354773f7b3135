// In-memory stdin/stdout/stderr for driving commands in tests.
import { PassThrough, Readable } from 'node:stream';
import type { CommandIo } from './command';

export interface CapturedIo extends CommandIo {
  out(): string;
  err(): string;
}

export function memoryIo(input: string | string[] = '', env: NodeJS.ProcessEnv = {}): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return {
    stdin: Readable.from(Array.isArray(input) ? input : [input]),
    stdout,
    stderr,
    env,
    out: () => out,
    err: () => err,
  };
}
