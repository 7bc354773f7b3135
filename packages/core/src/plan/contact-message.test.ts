import { describe, expect, it } from 'vitest';
import { prewrittenContactMessage } from './contact-message';

describe('prewrittenContactMessage', () => {
  it('greets the contact by name and asks them to get in touch', () => {
    const m = prewrittenContactMessage({ name: 'Sam' });
    expect(m).toMatch(/^Hi Sam, it's me\./);
    expect(m).toMatch(/call or text me/);
  });

  it('shares no details: no crisis words, no app name, no distress level', () => {
    const m = prewrittenContactMessage({ name: 'Sam' }).toLowerCase();
    for (const word of ['suicid', 'crisis', 'sos', 'kinbridge', 'emergency', 'hurt', 'distress', 'plan', 'therapy']) {
      expect(m).not.toContain(word);
    }
    expect(m).not.toMatch(/\d/);
  });

  it('keeps a name with line breaks on one line and copes with no name', () => {
    expect(prewrittenContactMessage({ name: 'Aunt\nJo' })).toMatch(/^Hi Aunt Jo, it's me\./);
    expect(prewrittenContactMessage({ name: '   ' })).toMatch(/^Hi, it's me\./);
  });
});
