// The server keyring: the keys that wrap each person's data key (envelope encryption).
// The first key is current and wraps new data keys; older keys are kept only to unwrap rows
// not yet rotated. Keys come from KINBRIDGE_SECRET_KEY (comma-separated base64, newest
// first) or, in the embedded setup, from `server-keys` in the data folder (mode 0600).
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface ServerKey {
  /** Short fingerprint stored next to each wrapped key, so we know which key unwraps it. */
  id: string;
  key: Buffer;
}

export const KEY_FILE = 'server-keys';

export function keyFromBase64(text: string): ServerKey {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error('each server key must be 32 bytes, base64-encoded (try: openssl rand -base64 32)');
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 12), key };
}

export function parseKeyring(text: string): ServerKey[] {
  const keys = text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map(keyFromBase64);
  if (keys.length === 0) throw new Error('no server key found');
  return keys;
}

export function newKeyBase64(): string {
  return randomBytes(32).toString('base64');
}

/** Reads the keyring file, creating it with one fresh key (0600) on first start. */
export function loadOrCreateKeyFile(dataDir: string): ServerKey[] {
  const file = path.join(dataDir, KEY_FILE);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    return parseKeyring(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // 'wx' fails if another process created it meanwhile; then read theirs.
  try {
    fs.writeFileSync(file, `${newKeyBase64()}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parseKeyring(fs.readFileSync(file, 'utf8'));
}

/** Writes the keyring atomically (temp file, then rename) so a crash never leaves half a file. */
export function writeKeyFile(dataDir: string, keysBase64: string[]): void {
  const file = path.join(dataDir, KEY_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${keysBase64.join('\n')}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}
