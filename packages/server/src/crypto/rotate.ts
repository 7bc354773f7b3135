// Server key rotation. Embedded setup: a new key is added to the front of the key file
// *before* any data key is re-wrapped (so a crash never leaves keys wrapped by a key we no
// longer have), every data key is re-wrapped, then old keys are dropped from the file.
// With KINBRIDGE_SECRET_KEY the operator puts the new key first ("new,old"), runs this, and
// then removes the old one.
import type { Config } from '../config';
import { openDatabase } from '../storage/db';
import { migrateToLatest } from '../storage/migrator';
import { KeyService } from './key-service';
import { loadOrCreateKeyFile, newKeyBase64, parseKeyring, writeKeyFile } from './server-keys';
import fs from 'node:fs';
import path from 'node:path';
import { KEY_FILE } from './server-keys';

export interface RotationResult {
  rewrapped: number;
  alreadyCurrent: number;
  currentKeyId: string;
  /** Whether old keys can now be removed from KINBRIDGE_SECRET_KEY (env-managed keys only). */
  oldKeysRemovable: boolean;
  managedBy: 'key-file' | 'environment';
}

export async function rotateServerKeys(config: Config): Promise<RotationResult> {
  const opened = openDatabase(config);
  try {
    await migrateToLatest(opened.db);
    if (config.secretKeys) {
      const keys = parseKeyring(config.secretKeys);
      const outcome = await new KeyService(opened.db, keys).rotate();
      return { ...outcome, currentKeyId: keys[0]!.id, oldKeysRemovable: keys.length > 1, managedBy: 'environment' };
    }
    loadOrCreateKeyFile(config.dataDir);
    const existing = fs.readFileSync(path.join(config.dataDir, KEY_FILE), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const fresh = newKeyBase64();
    writeKeyFile(config.dataDir, [fresh, ...existing]);
    const keys = parseKeyring([fresh, ...existing].join('\n'));
    const outcome = await new KeyService(opened.db, keys).rotate();
    writeKeyFile(config.dataDir, [fresh]);
    return { ...outcome, currentKeyId: keys[0]!.id, oldKeysRemovable: false, managedBy: 'key-file' };
  } finally {
    await opened.db.destroy();
  }
}
