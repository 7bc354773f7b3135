import { describe, expect, it } from 'vitest';
import { mergePlans } from './merge';
import { parsePlan } from './issues';
import { emptyPlan } from './starter';
import type { CrisisPlan } from './schema';

const base = (): CrisisPlan => ({
  ...emptyPlan(),
  copingStrategies: [
    { id: 'c1', text: 'Walk' },
    { id: 'c2', text: 'Shower' },
  ],
  supportContacts: [{ id: 'p1', name: 'Sam', phone: '555 0100', agreement: {} }],
  tiers: { ...emptyPlan().tiers, severe: [{ kind: 'contact', contactId: 'p1' }], mild: [{ kind: 'coping', itemId: 'c1' }] },
});

describe('mergePlans', () => {
  it('keeps both sides when they changed different entries', () => {
    const mine = base();
    mine.copingStrategies[0] = { id: 'c1', text: 'Long walk' };
    mine.triggers = [{ id: 't1', text: 'Mondays' }];
    const theirs = base();
    theirs.supportContacts[0] = { ...theirs.supportContacts[0]!, agreement: { willDo: 'Call back within 10 minutes' } };
    theirs.copingStrategies.push({ id: 'c3', text: 'Tea' });
    const { plan, conflicts } = mergePlans(base(), mine, theirs);
    expect(conflicts).toEqual([]);
    expect(plan.copingStrategies.map((c) => c.text)).toEqual(['Long walk', 'Shower', 'Tea']);
    expect(plan.triggers).toEqual([{ id: 't1', text: 'Mondays' }]);
    expect(plan.supportContacts[0]!.agreement.willDo).toBe('Call back within 10 minutes');
    expect(parsePlan(plan).ok).toBe(true);
  });

  it('keeps mine when both changed the same entry, and says so', () => {
    const mine = base();
    mine.copingStrategies[1] = { id: 'c2', text: 'Hot shower' };
    const theirs = base();
    theirs.copingStrategies[1] = { id: 'c2', text: 'Cold shower' };
    const { plan, conflicts } = mergePlans(base(), mine, theirs);
    expect(plan.copingStrategies[1]!.text).toBe('Hot shower');
    expect(conflicts).toEqual(["Both versions changed coping strategy 'Hot shower'; kept yours."]);
  });

  it('never loses a support contact that one side deleted and the other edited', () => {
    const mine = { ...base(), supportContacts: [] };
    const theirs = base();
    theirs.supportContacts[0] = { ...theirs.supportContacts[0]!, phone: '555 0199' };
    const { plan, conflicts } = mergePlans(base(), mine, theirs);
    expect(plan.supportContacts.map((c) => c.phone)).toEqual(['555 0199']);
    expect(plan.tiers.severe).toEqual([{ kind: 'contact', contactId: 'p1' }]);
    expect(conflicts).toHaveLength(1);
  });

  it('applies a clean deletion and drops its tier steps', () => {
    const mine = { ...base(), copingStrategies: [{ id: 'c2', text: 'Shower' }], tiers: { ...base().tiers, mild: [] } };
    const theirs = base();
    theirs.tiers.mild = [{ kind: 'coping', itemId: 'c1' }, { kind: 'exercise', exerciseId: 'tipp' }];
    const { plan } = mergePlans(base(), mine, theirs);
    expect(plan.copingStrategies.map((c) => c.id)).toEqual(['c2']);
    expect(plan.tiers.mild).toEqual([{ kind: 'exercise', exerciseId: 'tipp' }]);
  });

  it('keeps fields a newer app added on either side', () => {
    const mine = { ...base(), mine: 1 };
    const theirs = { ...base(), theirs: 2 };
    const { plan } = mergePlans(base(), mine, theirs);
    expect(plan).toMatchObject({ mine: 1, theirs: 2 });
  });
});
