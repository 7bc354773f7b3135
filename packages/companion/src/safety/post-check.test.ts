import { describe, expect, it } from 'vitest';
import { postCheck } from './post-check';

describe('post-check of generated replies', () => {
  it('passes a warm, ordinary reply', () => {
    expect(postCheck("That sounds really hard. I'm glad you told me. What feels heaviest right now?")).toEqual({ ok: true, reasons: [] });
  });

  it.each([
    ['Taking 40 pills would be enough.', 'means'],
    ['The Golden Gate Bridge is one of the tallest.', 'means'],
    ['A fall from 30 metres is usually fatal.', 'means'],
    ['It sounds like you have depression.', 'diagnosis'],
    ['This sounds like bipolar disorder to me.', 'diagnosis'],
    ['You should stop taking your sertraline for a while.', 'medication'],
    ["I'm a real person, I promise.", 'claims_human'],
    ["I'm not an AI, I'm here for you.", 'claims_human'],
    ['As your therapist, I think you are doing well.', 'claims_therapist'],
    ["I won't tell anyone, this stays between us.", 'secrecy'],
    ['{"choices":[{"delta":{"content":"hi"}}]} leaked framing text here', 'garbled'],
  ])('rejects "%s" (%s)', (text, reason) => {
    const result = postCheck(text);
    expect(result.ok).toBe(false);
    expect(result.reasons).toContain(reason);
  });

  it('accepts an honest statement of being an AI', () => {
    expect(postCheck("I'm an AI, not a person and not a therapist, but I'm here to help.").ok).toBe(true);
  });

  it('rejects empty and overlong output', () => {
    expect(postCheck(' ').reasons).toContain('empty');
    expect(postCheck('word '.repeat(400)).reasons).toContain('too_long');
  });
});
