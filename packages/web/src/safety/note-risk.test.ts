import { describe, expect, it } from 'vitest';
import { assessNote } from './note-risk';

describe('a note written for oneself', () => {
  it('asks for urgent help when it says an act is under way', async () => {
    expect(await assessNote('i took all my pills an hour ago')).toBe('urgent');
  });

  it('checks in gently on a passive wish to be dead', async () => {
    expect(await assessNote('some days i wish i was dead')).toBe('check-in');
  });

  it('says nothing about an ordinary note, an idiom or an empty one', async () => {
    expect(await assessNote('Calling the line helped, then a walk with the dog')).toBe('none');
    expect(await assessNote('this week at work is killing me')).toBe('none');
    expect(await assessNote('   ')).toBe('none');
  });
});
