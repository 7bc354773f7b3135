import { describe, expect, it } from 'vitest';
import { normalise } from './index';

const canon = (s: string) => normalise(s).text.trim();

describe('normalise', () => {
  it('undoes leetspeak, censoring, elongation and typos in risk words', () => {
    expect(canon('k1ll mys3lf')).toBe('kill myself');
    expect(canon('k*ll my$elf')).toBe('kill myself');
    expect(canon('s**cide')).toBe('suicide');
    expect(canon('diiiiie')).toBe('die');
    expect(canon('suicde myslef')).toBe('suicide myself');
    expect(canon('k i l l m y s e l f')).toBe('kill myself');
  });

  it('expands slang and coded words', () => {
    expect(canon('kms')).toBe('kill myself');
    expect(canon('sewer slide')).toBe('suicide');
    expect(canon('im gonna')).toBe("i'm going to");
    expect(canon('i want 2 die')).toBe('i want to die');
  });

  it('reads risk emoji as words and laughter emoji as laughter', () => {
    expect(canon('💊🔪')).toBe('pills knife');
    expect(canon("I'm dead 💀")).toBe("i'm dead lol");
  });

  it('folds accents and keeps numbers and ordinary words as written', () => {
    expect(canon('Je veux disparaître')).toBe('je veux disparaitre');
    expect(canon('Ich möchte')).toBe('ich mochte');
    expect(canon('3am, 2.5 mg, mp3')).toBe('3am , 2.5 mg , mp3');
    expect(canon('will still fill')).toBe('will still fill');
  });

  it('maps every token back to the span the person wrote', () => {
    const text = 'ok so… I wanna k*ll myself!!';
    const n = normalise(text);
    const kill = n.tokens.find((t) => t.w === 'kill');
    expect(kill && text.slice(kill.s, kill.e)).toBe('k*ll');
    const want = n.tokens.find((t) => t.w === 'want');
    expect(want && text.slice(want.s, want.e)).toBe('wanna');
  });

  it('splits sentences and questions into boundary tokens', () => {
    expect(canon('Hi. How are you? Fine, thanks!')).toBe('hi . how are you ? fine , thanks .');
  });
});
