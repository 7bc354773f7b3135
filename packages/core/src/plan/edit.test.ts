import { describe, expect, it } from 'vitest';
import { preparePlanForSave, removeEntry } from './edit';
import { starterPlan } from './starter';

describe('plan edits', () => {
  it('drops blank rows before saving, with any tier steps pointing at them', () => {
    const p = starterPlan();
    const draft = {
      ...p,
      triggers: [{ id: 't1', text: '' }, { id: 't2', text: 'Mondays' }],
      supportContacts: [{ id: 'p1', name: ' ', agreement: {} }],
      tiers: { ...p.tiers, severe: [{ kind: 'contact' as const, contactId: 'p1' }, ...p.tiers.severe] },
    };
    const r = preparePlanForSave(draft);
    if (!r.ok) throw new Error(r.issues[0]?.message);
    expect(r.plan.triggers).toEqual([{ id: 't2', text: 'Mondays' }]);
    expect(r.plan.supportContacts).toEqual([]);
    expect(r.plan.tiers.severe).toEqual(p.tiers.severe);
  });

  it('still reports what the person must fix', () => {
    const r = preparePlanForSave({ ...starterPlan(), triggers: [{ id: 't', text: 'x'.repeat(501) }] });
    expect(!r.ok && r.issues[0]?.message).toBe('Trigger 1 is longer than 500 characters. Please shorten it.');
  });

  it('removing an entry also removes it from every tier', () => {
    const p = starterPlan();
    const after = removeEntry(p, 'starter-coping-walk');
    expect(after.copingStrategies.map((c) => c.id)).not.toContain('starter-coping-walk');
    for (const tier of Object.values(after.tiers)) {
      expect(tier).not.toContainEqual({ kind: 'coping', itemId: 'starter-coping-walk' });
    }
    expect(p.tiers.mild).toContainEqual({ kind: 'coping', itemId: 'starter-coping-walk' });
  });
});
