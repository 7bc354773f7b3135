import { describe, expect, it } from 'vitest';
import { diffPlans, quote } from './diff';
import { emptyPlan, starterPlan } from './starter';
import type { CrisisPlan } from './schema';

const base = (): CrisisPlan => ({
  ...emptyPlan(),
  warningSigns: { physical: [{ id: 'w1', text: 'tight chest' }], emotional: [], cognitive: [], behavioural: [] },
  copingStrategies: [
    { id: 'c1', text: 'Walk' },
    { id: 'c2', text: 'Shower' },
  ],
  supportContacts: [{ id: 'p1', name: 'Sam', phone: '555 0100', agreement: {} }],
  tiers: {
    mild: [{ kind: 'coping', itemId: 'c1' }, { kind: 'exercise', exerciseId: 'box-breathing' }],
    moderate: [],
    severe: [{ kind: 'contact', contactId: 'p1' }],
    emergency: [{ kind: 'crisis_line' }],
  },
});

const messages = (a: CrisisPlan, b: CrisisPlan) => diffPlans(a, b).map((c) => c.message);

describe('diffPlans', () => {
  it('finds nothing between identical plans', () => {
    expect(diffPlans(base(), base())).toEqual([]);
  });

  it('reports an added warning sign with its group', () => {
    const b = base();
    b.warningSigns.physical.push({ id: 'w2', text: "can't sleep" });
    expect(messages(base(), b)).toEqual(["Added warning sign 'can't sleep' (physical)"]);
  });

  it('reports removals, and a removed entry leaving its tier', () => {
    const b = base();
    b.copingStrategies = [{ id: 'c2', text: 'Shower' }];
    b.tiers.mild = [{ kind: 'exercise', exerciseId: 'box-breathing' }];
    expect(messages(base(), b)).toEqual(["Removed coping strategy 'Walk'", "Removed 'Walk' from the mild tier"]);
  });

  it('reads an edited entry as a change, not a removal and an addition', () => {
    const b = base();
    b.copingStrategies[0] = { id: 'c1', text: 'Long walk by the river' };
    expect(messages(base(), b)).toEqual(["Changed coping strategy 'Walk' to 'Long walk by the river'"]);
  });

  it('reports a warning sign moved to another group', () => {
    const b = base();
    b.warningSigns = { physical: [], emotional: [{ id: 'w1', text: 'tight chest' }], cognitive: [], behavioural: [] };
    expect(messages(base(), b)).toEqual(["Moved warning sign 'tight chest' from physical to emotional"]);
  });

  it('reports changes to a support agreement and phone number', () => {
    const b = base();
    b.supportContacts[0] = { ...b.supportContacts[0]!, phone: '555 0199', agreement: { willDo: 'Call back in 10 min' } };
    expect(messages(base(), b)).toEqual([
      "Changed phone number for person to ask for help 'Sam' from '555 0100' to '555 0199'",
      "Added what they agreed to do for person to ask for help 'Sam': 'Call back in 10 min'",
    ]);
  });

  it('reports reordering of a list and of a tier', () => {
    const b = base();
    b.copingStrategies = [b.copingStrategies[1]!, b.copingStrategies[0]!];
    b.tiers.mild = [b.tiers.mild[1]!, b.tiers.mild[0]!];
    expect(messages(base(), b)).toEqual(['Reordered coping strategies', 'Reordered the mild tier']);
  });

  it('does not call an insertion a reorder', () => {
    const b = base();
    b.copingStrategies = [{ id: 'c0', text: 'Tea' }, ...b.copingStrategies];
    expect(messages(base(), b)).toEqual(["Added coping strategy 'Tea'"]);
  });

  it('reports steps added to a tier by their label', () => {
    const b = base();
    b.tiers.emergency = [{ kind: 'crisis_line' }, { kind: 'emergency_number' }];
    b.tiers.moderate = [{ kind: 'exercise', exerciseId: 'tipp' }];
    const changes = diffPlans(base(), b);
    expect(changes.map((c) => c.message)).toEqual(["Added 'TIPP' to the moderate tier", "Added 'Call emergency services' to the emergency tier"]);
    expect(changes[0]).toMatchObject({ section: 'tiers', change: 'added', tier: 'moderate', itemId: 'exercise:tipp' });
  });

  it('shortens long text and keeps HTML as text', () => {
    expect(quote('a'.repeat(100))).toBe(`'${'a'.repeat(59)}…'`);
    expect(quote('line\nbreak')).toBe("'line break'");
    const b = base();
    b.copingStrategies.push({ id: 'c3', text: '<img src=x onerror=alert(1)>' });
    expect(messages(base(), b)).toEqual(["Added coping strategy '<img src=x onerror=alert(1)>'"]);
  });

  it('describes a whole starter plan against an empty one', () => {
    const m = messages(emptyPlan(), starterPlan());
    expect(m).toContain("Added coping strategy 'Go for a short walk, even just around the block'");
    expect(m).toContain("Added 'Call or text a crisis line' to the emergency tier");
  });
});
