import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UserCipher, isSealed, type Sealed } from './sealed';

describe('UserCipher', () => {
  const key = randomBytes(32);
  const cipher = new UserCipher(key, 'user-a');

  it('round-trips text, including emoji and markup, and never stores it readable', () => {
    const note = 'Rough night 😔 <b>called Sam</b>';
    const sealed = cipher.seal(note);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('Sam');
    expect(cipher.open(sealed)).toBe(note);
  });

  it('gives different ciphertext for the same text (fresh IV each time)', () => {
    expect(cipher.seal('same')).not.toBe(cipher.seal('same'));
  });

  it("refuses another person's value even with the same key (bound to the owner)", () => {
    const sealed = cipher.seal('mine');
    expect(() => new UserCipher(key, 'user-b').open(sealed)).toThrow();
  });

  it('detects tampering', () => {
    const sealed = cipher.seal('do not change me');
    const flipped = (sealed.slice(0, -2) + (sealed.endsWith('A') ? 'B' : 'A') + sealed.slice(-1)) as Sealed;
    expect(() => cipher.open(flipped)).toThrow();
  });

  it('round-trips JSON documents', () => {
    const plan = { triggers: ['late nights'], version: 3 };
    expect(cipher.openJson(cipher.sealJson(plan))).toEqual(plan);
  });
});
