// Encrypted and plain values are different types: a `Sealed` string can only be made or read
// through a UserCipher, so a store cannot write a person's note to the database by mistake.
//
// Format: "v1." + base64url(iv[12] | tag[16] | ciphertext). AES-256-GCM with the owner's
// user id as additional authenticated data, so a sealed value copied into another person's
// row does not decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export type Sealed = string & { readonly __brand: 'Sealed' };

const VERSION = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function isSealed(value: unknown): value is Sealed {
  return typeof value === 'string' && value.startsWith(VERSION);
}

export function sealBytes(key: Buffer, plain: Buffer, aad: string): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return (VERSION + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')) as Sealed;
}

export function openBytes(key: Buffer, sealed: Sealed, aad: string): Buffer {
  if (!isSealed(sealed)) throw new Error('not a sealed value');
  const raw = Buffer.from(sealed.slice(VERSION.length), 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('sealed value is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/** Encrypts and decrypts one person's data with their data key. */
export class UserCipher {
  readonly #key: Buffer;
  readonly #userId: string;

  constructor(dataKey: Buffer, userId: string) {
    this.#key = dataKey;
    this.#userId = userId;
  }

  seal(plain: string): Sealed {
    return sealBytes(this.#key, Buffer.from(plain, 'utf8'), this.#userId);
  }

  open(sealed: Sealed): string {
    return openBytes(this.#key, sealed, this.#userId).toString('utf8');
  }

  sealJson(value: unknown): Sealed {
    return this.seal(JSON.stringify(value));
  }

  openJson<T>(sealed: Sealed): T {
    return JSON.parse(this.open(sealed)) as T;
  }

  sealOptional(plain: string | null | undefined): Sealed | null {
    return plain === null || plain === undefined ? null : this.seal(plain);
  }

  openOptional(sealed: Sealed | null | undefined): string | null {
    return sealed === null || sealed === undefined ? null : this.open(sealed);
  }
}
