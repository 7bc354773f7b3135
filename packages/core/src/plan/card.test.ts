import { describe, expect, it } from 'vitest';
import { crisisCardContent } from './card';
import { starterPlan } from './starter';
import type { CrisisPlan } from './schema';

const plan: CrisisPlan = {
  ...starterPlan(),
  warningSigns: {
    physical: [{ id: 'a', text: "Can't sleep" }, { id: 'b', text: 'Tight chest' }],
    emotional: [{ id: 'c', text: 'Numb' }],
    cognitive: [{ id: 'd', text: 'Nothing will change' }, { id: 'e', text: 'Racing thoughts' }],
    behavioural: [],
  },
  supportContacts: [
    { id: 's1', name: 'Sam', phone: '555 0100', agreement: { whenReachable: 'Evenings' } },
    { id: 's2', name: 'Jo', agreement: {} },
  ],
  professionals: [{ id: 'p1', kind: 'therapist', name: 'Dr Lee', phone: '555 0200', afterHoursPhone: '555 0299' }],
};

describe('crisisCardContent', () => {
  it('fits a wallet card: four signs, four coping steps, two contacts with phones first', () => {
    const c = crisisCardContent(plan, 'US', 'wallet');
    expect(c.warningSigns).toEqual(["Can't sleep", 'Tight chest', 'Numb', 'Nothing will change']);
    expect(c.copingSteps).toHaveLength(4);
    expect(c.contacts).toEqual([
      { name: 'Sam', phone: '555 0100', note: 'Evenings' },
      { name: 'Dr Lee', phone: '555 0299', note: 'after hours' },
    ]);
  });

  it("lists the region's crisis lines in printable form, and its emergency number", () => {
    const us = crisisCardContent(plan, 'US');
    expect(us.emergency.number).toBe('911');
    expect(us.crisisLines[0]).toEqual({ name: '988 Suicide & Crisis Lifeline', ways: ['Call 988', 'Text 988', 'Chat at 988lifeline.org/chat'], hours: '24/7' });
    expect(us.crisisLines[1]!.ways).toEqual(['Text HOME to 741741']);
    const gb = crisisCardContent(plan, 'GB');
    expect(gb.crisisLines[0]!.ways).toEqual(['Call 116 123']);
    expect(gb.emergency.number).toBe('999');
  });

  it('points to findahelpline.com for a region without a table', () => {
    const c = crisisCardContent(plan, 'BR');
    expect(c.region).toBeNull();
    expect(c.crisisLines.map((l) => l.ways.join())).toEqual(['findahelpline.com']);
    expect(c.emergency.number).toBeNull();
  });

  it('the page version carries more: all people, professionals and reasons', () => {
    const c = crisisCardContent({ ...plan, reasonsForLiving: [{ id: 'r', text: 'My cat' }] }, 'US', 'page');
    expect(c.contacts.map((p) => p.name)).toEqual(['Sam', 'Jo']);
    expect(c.professionals.map((p) => p.name)).toEqual(['Dr Lee']);
    expect(c.reasons).toEqual(['My cat']);
    expect(c.crisisLines.length).toBe(5);
  });
});
