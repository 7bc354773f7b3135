import { describe, expect, it } from 'vitest';
import { starterPlan } from './starter';
import { defaultTiers, strategyKey } from './tiers';
import { strategyLabel } from './strategies';

describe('defaultTiers', () => {
  const sections = {
    copingStrategies: [{ id: 'c1', text: 'Walk' }],
    distractions: [{ id: 'd1', kind: 'place' as const, text: 'Library' }],
    supportContacts: [
      { id: 'p1', name: 'Sam', agreement: {} },
      { id: 'p2', name: 'Jo', agreement: {} },
    ],
    professionals: [{ id: 'pr1', kind: 'therapist' as const, name: 'Dr Lee' }],
    comfortBox: [],
  };
  const t = defaultTiers(sections);
  const keys = (refs: typeof t.mild) => refs.map(strategyKey);

  it('mild is coping alone and grounding (steps 1–2)', () => {
    expect(keys(t.mild)).toEqual(['coping:c1', 'exercise:box-breathing', 'exercise:grounding-5-4-3-2-1', 'exercise:self-soothe']);
  });

  it('moderate adds people and places that distract, and active skills (steps 2–3 + skills)', () => {
    expect(keys(t.moderate)).toContain('distraction:d1');
    expect(keys(t.moderate)).toContain('exercise:tipp');
    expect(keys(t.moderate)).toContain('exercise:stop-skill');
  });

  it('severe is people and professionals (steps 4–5)', () => {
    expect(keys(t.severe).slice(0, 4)).toEqual(['contact:p1', 'contact:p2', 'professional:pr1', 'crisis_line']);
  });

  it('emergency puts the crisis line and emergency number first, then a safer environment and the support person', () => {
    expect(keys(t.emergency)).toEqual(['crisis_line', 'emergency_number', 'safe_environment', 'contact:p1', 'reasons']);
  });

  it('only offers the comfort box when there is something in it', () => {
    expect(keys(t.mild)).not.toContain('comfort_box');
    expect(keys(starterPlan().tiers.mild)).toContain('comfort_box');
  });
});

describe('strategy labels', () => {
  it('read as a sentence for a place that starts with an article', () => {
    const plan = starterPlan();
    const place = plan.distractions.find((d) => d.kind === 'place')!;
    expect(strategyLabel(plan, { kind: 'distraction', itemId: place.id })).toBe('Go to a café, library or park with people around');
  });
});
