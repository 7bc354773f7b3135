import { describe, expect, it } from 'vitest';
import { contactHref, crisisResourcesFor, emergencyNumberFor, normaliseRegionCode, smsHref, supportedRegion, telHref } from './directory';
import { CRISIS_LINES } from './lines';
import { SUPPORTED_REGIONS } from './types';

function allDisplays(region: string): string {
  return crisisResourcesFor(region)
    .lines.flatMap((l) => [l.name, ...l.contacts.map((c) => ('display' in c ? `${c.display} ${c.kind === 'text' ? (c.keyword ?? '') : ''}` : c.url))])
    .join(' | ');
}

describe('crisisResourcesFor', () => {
  it('gives the US 988, Crisis Text Line (HOME to 741741), the veterans line and Trevor', () => {
    const d = crisisResourcesFor('US');
    expect(d.region).toBe('US');
    expect(d.emergency.number).toBe('911');
    const text = allDisplays('US');
    expect(text).toContain('988');
    expect(text).toMatch(/741741 HOME/);
    expect(text).toContain('838255');
    expect(text).toContain('1-866-488-7386');
    expect(text).toMatch(/678678 START/);
  });

  it.each([
    ['GB', '999', ['116 123', '85258 SHOUT', '111, then option 2']],
    ['CA', '911', ['9-8-8']],
    ['AU', '000', ['13 11 14', '0477 13 11 14']],
    ['IE', '112', ['116 123', '50808']],
    ['NZ', '111', ['1737']],
    ['IN', '112', ['14416']],
    ['DE', '112', ['0800 111 0 111', '0800 111 0 222', '116 123']],
  ])('%s shows emergency %s and its lines', (region, emergency, numbers) => {
    const d = crisisResourcesFor(region);
    expect(d.emergency.number).toBe(emergency);
    const text = allDisplays(region);
    for (const n of numbers) expect(text).toContain(n);
  });

  it('Ireland lists 999 as well as 112', () => {
    expect(emergencyNumberFor('IE')).toMatchObject({ number: '112', alternates: ['999'], label: '112 or 999' });
  });

  it('accepts UK and lower case, and puts 24/7 lines first', () => {
    expect(supportedRegion('uk')).toBe('GB');
    expect(normaliseRegionCode(' gb ')).toBe('GB');
    for (const region of SUPPORTED_REGIONS) {
      const lines = crisisResourcesFor(region).lines;
      const firstNot247 = lines.findIndex((l) => !l.is24x7);
      expect(lines.slice(firstNot247).every((l) => !l.is24x7)).toBe(true);
    }
  });

  it('falls back to findahelpline.com with an emergency hint for a region without a table', () => {
    const d = crisisResourcesFor('FR');
    expect(d.region).toBeNull();
    expect(d.requested).toBe('FR');
    expect(d.lines.map((l) => l.id)).toEqual(['findahelpline']);
    expect(d.emergency.number).toBeNull();
    expect(d.emergency.label).toMatch(/emergency number/);
  });

  it('every entry has a last-verified date and at least one way to reach it', () => {
    for (const lines of Object.values(CRISIS_LINES)) {
      for (const l of lines) {
        expect(l.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(l.contacts.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('phone links', () => {
  it('strips formatting but keeps a leading +', () => {
    expect(telHref('988')).toBe('tel:988');
    expect(telHref('+1 866-488-7386')).toBe('tel:+18664887386');
    expect(telHref('0800 111 0 111')).toBe('tel:08001110111');
  });

  it('pre-fills an SMS body safely encoded', () => {
    expect(smsHref('741741', 'HOME')).toBe('sms:741741?&body=HOME');
    expect(smsHref('+44 7700 900123', 'Hi & hello?')).toBe('sms:+447700900123?&body=Hi%20%26%20hello%3F');
    expect(smsHref('85258')).toBe('sms:85258');
  });
});

describe('contactHref', () => {
  it('pre-fills the keyword for text lines and links chat pages directly', () => {
    const ctl = crisisResourcesFor('US').lines.find((l) => l.id === 'us-crisis-text-line')!;
    expect(contactHref(ctl.contacts[0]!)).toBe('sms:741741?&body=HOME');
    expect(contactHref({ kind: 'chat', url: 'https://988lifeline.org/chat' })).toBe('https://988lifeline.org/chat');
    expect(contactHref({ kind: 'call', number: '116123', display: '116 123' })).toBe('tel:116123');
  });
});
