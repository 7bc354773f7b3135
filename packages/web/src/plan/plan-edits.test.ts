import { describe, expect, it } from 'vitest';
import { starterPlan, strategyKey } from '@kinbridge/core/plan';
import { addEntry, removeFromPlan } from './plan-edits';

const keys = (refs: Parameters<typeof strategyKey>[0][]) => refs.map(strategyKey);

describe('adding entries puts them where SOS will offer them', () => {
  it('puts a new person first in severe (before the crisis line) and after the safety steps in emergency', () => {
    const plan = addEntry(starterPlan(), 'supportContacts', { id: 'sam', name: 'Sam', agreement: {} });
    expect(keys(plan.tiers.severe)).toEqual(['contact:sam', 'crisis_line', 'reasons']);
    expect(keys(plan.tiers.emergency)).toEqual(['crisis_line', 'emergency_number', 'safe_environment', 'contact:sam', 'reasons']);
  });

  it('adds a second person after the first in severe, and only the first to emergency', () => {
    let plan = addEntry(starterPlan(), 'supportContacts', { id: 'sam', name: 'Sam', agreement: {} });
    plan = addEntry(plan, 'supportContacts', { id: 'jo', name: 'Jo', agreement: {} });
    expect(keys(plan.tiers.severe).slice(0, 2)).toEqual(['contact:sam', 'contact:jo']);
    expect(keys(plan.tiers.emergency)).not.toContain('contact:jo');
  });

  it('adds a coping strategy after the other coping steps of the mild tier, before the exercises', () => {
    const plan = addEntry(starterPlan(), 'copingStrategies', { id: 'draw', text: 'Draw' });
    const mild = keys(plan.tiers.mild);
    expect(mild.indexOf('coping:draw')).toBe(mild.lastIndexOf('coping:starter-coping-music') + 1);
    expect(mild.indexOf('coping:draw')).toBeLessThan(mild.indexOf('exercise:box-breathing'));
  });

  it('removing a person removes their steps from every tier', () => {
    const plan = removeFromPlan(addEntry(starterPlan(), 'supportContacts', { id: 'sam', name: 'Sam', agreement: {} }), 'sam');
    expect([...plan.tiers.severe, ...plan.tiers.emergency].map(strategyKey)).not.toContain('contact:sam');
  });
});
