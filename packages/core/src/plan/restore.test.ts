import { describe, expect, it } from 'vitest';
import { restore } from './restore';
import { PLAN_SCHEMA_VERSION } from './schema';
import { starterPlan } from './starter';
import type { PlanV1 } from './upgrade-v1';

const v1: PlanV1 & { themeColour: string } = {
  schemaVersion: 1,
  triggers: ['Arguments with my dad', ''],
  warningSigns: { physical: ["can't sleep"], emotional: ['numb'], cognitive: [], behavioural: ['skipping meals'] },
  copingStrategies: ['Hot shower', 'Walk the dog'],
  distractions: { people: [{ name: 'Jess', phone: '555 0101' }], places: ['The library'] },
  helpers: [{ name: 'Sam', phone: '555 0100', agreement: 'Text me, I call back within 10 min' }, { name: '  ' }],
  professionals: [{ name: 'Dr Lee', phone: '555 0200', afterHours: '555 0299', kind: 'therapist' }],
  safeEnvironment: ['Medicines locked away'],
  reasonsForLiving: ['My cat'],
  comfortBox: ['Blue hoodie'],
  themeColour: 'teal',
};

describe('restore', () => {
  it('upgrades a version-1 plan to the current version with ids, agreements and tiers', () => {
    const r = restore(v1);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.upgradedFrom).toBe(1);
    const p = r.plan;
    expect(p.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(p.triggers).toEqual([{ id: 'trigger-1', text: 'Arguments with my dad' }]);
    expect(p.warningSigns.physical).toEqual([{ id: 'sign-physical-1', text: "can't sleep" }]);
    expect(p.copingStrategies.map((c) => c.text)).toEqual(['Hot shower', 'Walk the dog']);
    expect(p.distractions).toEqual([
      { id: 'distraction-person-1', kind: 'person', text: 'Jess', phone: '555 0101' },
      { id: 'distraction-place-1', kind: 'place', text: 'The library' },
    ]);
    expect(p.supportContacts).toEqual([
      { id: 'contact-1', name: 'Sam', phone: '555 0100', agreement: { willDo: 'Text me, I call back within 10 min' } },
    ]);
    expect(p.professionals[0]).toMatchObject({ kind: 'therapist', name: 'Dr Lee', afterHoursPhone: '555 0299' });
    expect(p.tiers.severe).toContainEqual({ kind: 'contact', contactId: 'contact-1' });
    expect(p.tiers.emergency.slice(0, 2)).toEqual([{ kind: 'crisis_line' }, { kind: 'emergency_number' }]);
    expect((p as Record<string, unknown>).themeColour).toBe('teal');
  });

  it('treats a plan without schemaVersion as version 1', () => {
    const { schemaVersion: _, ...noVersion } = v1;
    const r = restore(noVersion);
    expect(r.ok && r.upgradedFrom).toBe(1);
  });

  it('opens a sparse version-1 plan with missing or broken lists', () => {
    const r = restore({ schemaVersion: 1, copingStrategies: 'not a list', helpers: [{ phone: 5 }] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.plan.copingStrategies).toEqual([]);
    expect(r.plan.supportContacts).toEqual([]);
  });

  it('returns a current plan unchanged, including unknown fields', () => {
    const plan = { ...starterPlan(), extra: 'kept' };
    const r = restore(JSON.parse(JSON.stringify(plan)));
    expect(r.ok && r.plan).toEqual(plan);
    expect(r.ok && r.upgradedFrom).toBeNull();
  });

  it('refuses a plan from a newer app instead of losing its data', () => {
    const r = restore({ ...starterPlan(), schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    expect(!r.ok && r.error.code).toBe('newer_version');
  });

  it('refuses things that are not plans', () => {
    for (const x of [null, 'plan', 42, [], { schemaVersion: 'two' }, { schemaVersion: 0 }]) {
      const r = restore(x);
      expect(!r.ok && r.error.code).toBe('not_a_plan');
    }
  });

  it('drops tier steps it cannot run and says so', () => {
    const p = starterPlan();
    const doc = { ...p, tiers: { ...p.tiers, mild: [{ kind: 'companion_chat' }, { kind: 'coping', itemId: 'deleted' }, ...p.tiers.mild] } };
    const r = restore(doc);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.plan.tiers.mild).toEqual(p.tiers.mild);
    expect(r.warnings).toHaveLength(2);
  });

  it('reports an invalid current plan with readable issues', () => {
    const r = restore({ ...starterPlan(), triggers: [{ id: 't', text: 'x'.repeat(501) }] });
    expect(!r.ok && r.error.code).toBe('invalid');
    expect(!r.ok && r.error.message).toBe('Trigger 1 is longer than 500 characters. Please shorten it.');
  });
});
