// Someone worried about another person is a helper, not the one at risk: the protocol should
// tell them how to get help for that person, not ask about their own safety.
import type { EpochMs } from '@kinbridge/core';
import type { RiskAssessment } from '@kinbridge/core/risk';
import { describe, expect, it } from 'vitest';
import { Composer, newVariationState } from '../compose/variation';
import { emptyPlan, type CompanionContext } from '../context';
import { isBystanderRisk, safetyReply } from './protocol';

const aboutFriend: RiskAssessment = {
  level: 'imminent',
  categories: ['suicide'],
  evidence: [{ start: 0, end: 10, text: 'going to jump', rule: 'third-party.intent-now', level: 'imminent', category: 'suicide' }],
};
const aboutSelf: RiskAssessment = {
  level: 'imminent',
  categories: ['suicide'],
  evidence: [
    { start: 0, end: 10, text: 'going to jump', rule: 'suicide.intent.now', level: 'imminent', category: 'suicide' },
    { start: 0, end: 10, text: 'my friend', rule: 'suicide.method.jump+third-party', level: 'low', category: 'suicide' },
  ],
};

const context: CompanionContext = {
  region: 'US',
  emergencyNumber: '911',
  resources: [{ name: '988 Suicide & Crisis Lifeline', phone: '988', text: '988' }],
  plan: emptyPlan(),
  contacts: [],
};

describe('bystander risk', () => {
  it('is recognised only when every deciding piece of evidence is about someone else', () => {
    expect(isBystanderRisk(aboutFriend)).toBe(true);
    expect(isBystanderRisk(aboutSelf)).toBe(false);
  });

  it('tells the helper to call the emergency number for the other person, with crisis lines', () => {
    const reply = safetyReply({ level: 'imminent', categories: ['suicide'], context, compose: new Composer(newVariationState(1)), bystander: true });
    expect(reply).toContain('call 911 now');
    expect(reply).toContain('988');
    expect(reply).toMatch(/someone you care about/);
    expect(reply).not.toMatch(/your life matters|thoughts of ending your life/i);
  });
});

describe('bystander risk through the whole companion', () => {
  it('answers "my friend texted that he is going to take all his pills" with help for the friend', async () => {
    const { Companion } = await import('../engine/companion');
    const { InMemoryMemoryStore } = await import('../memory/in-memory-store');
    const companion = new Companion({ context, memory: new InMemoryMemoryStore(), seed: 3 });
    const now = Date.UTC(2026, 11, 3, 2, 0) as EpochMs;
    await companion.reply('hi', now);
    const turn = await companion.reply('my friend texted that hes going to take all his pills', now);
    expect(turn.risk.level).toBe('imminent');
    expect(turn.reply).toMatch(/someone you care about/);
    expect(turn.reply).toContain('911');
  });
});
