import { describe, expect, it } from 'vitest';
import { parsePlan } from './issues';
import { PLAN_LIMITS } from './limits';
import { starterPlan } from './starter';
import type { CrisisPlan } from './schema';

function messages(input: unknown): string[] {
  const r = parsePlan(input);
  return r.ok ? [] : r.issues.map((i) => i.message);
}

const withSigns = (n: number, text = (i: number) => `sign ${i}`): CrisisPlan => {
  const p = starterPlan();
  return { ...p, warningSigns: { ...p.warningSigns, physical: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, text: text(i) })) } };
};

describe('crisis plan schema', () => {
  it('accepts the starter plan', () => {
    expect(parsePlan(starterPlan()).ok).toBe(true);
  });

  it('refuses thousands of entries with a message naming the list and the limit', () => {
    const m = messages(withSigns(5000));
    expect(m).toContain('The physical warning signs list has more than 50 entries. Please keep the 50 that matter most.');
  });

  it('accepts exactly the limit of entries', () => {
    expect(parsePlan(withSigns(PLAN_LIMITS.maxEntriesPerList)).ok).toBe(true);
  });

  it('refuses very long text and says which entry', () => {
    const m = messages(withSigns(3, (i) => (i === 2 ? 'x'.repeat(501) : 'ok')));
    expect(m).toEqual(['Physical warning sign 3 is longer than 500 characters. Please shorten it.']);
  });

  it('counts an emoji as one character', () => {
    expect(parsePlan(withSigns(1, () => '😢'.repeat(500))).ok).toBe(true);
    expect(messages(withSigns(1, () => '😢'.repeat(501)))[0]).toMatch(/longer than 500/);
  });

  it('keeps HTML as plain text, exactly as typed', () => {
    const html = '<script>alert(1)</script><b>bold</b> & "quotes"';
    const r = parsePlan(withSigns(1, () => html));
    expect(r.ok && r.plan.warningSigns.physical[0]!.text).toBe(html);
  });

  it('refuses invisible control characters but allows line breaks', () => {
    expect(messages(withSigns(1, () => 'a\u0000b'))[0]).toMatch(/control characters/);
    expect(parsePlan(withSigns(1, () => 'line one\nline two')).ok).toBe(true);
  });

  it('refuses a blank entry', () => {
    expect(messages(withSigns(1, () => '   '))).toEqual(['Physical warning sign 1 is empty.']);
  });

  it('names the field of a contact that is wrong', () => {
    const p = starterPlan();
    const bad = { ...p, supportContacts: [{ id: 'c1', name: 'Sam', phone: 'call me maybe', agreement: { willDo: 'y'.repeat(600) } }] };
    const m = messages(bad);
    expect(m).toContain('Person to ask for help 1 (phone) may contain only digits, spaces and + ( ) - . / # *.');
    expect(m).toContain('Person to ask for help 1 (what they agreed to do) is longer than 500 characters. Please shorten it.');
  });

  it('refuses the same id twice', () => {
    const p = starterPlan();
    const dup = { ...p, triggers: [{ id: 'same', text: 'a' }], reasonsForLiving: [{ id: 'same', text: 'b' }] };
    expect(messages(dup)).toEqual(['Two entries share the id "same". Each entry needs its own id.']);
  });

  it('refuses a tier step that points at a deleted entry', () => {
    const p = starterPlan();
    const bad = { ...p, tiers: { ...p.tiers, severe: [{ kind: 'contact', contactId: 'gone' }] } };
    expect(messages(bad)).toEqual(['Step in the severe tier 1 points at an entry that is no longer in the plan.']);
  });

  it('refuses a plan whose text in total is too large, even when each list is within limits', () => {
    const p = starterPlan();
    const long = (prefix: string) => Array.from({ length: 50 }, (_, i) => ({ id: `${prefix}${i}`, text: 'z'.repeat(500) }));
    const big = { ...p, triggers: long('t'), reasonsForLiving: long('r') };
    expect(messages(big)[0]).toMatch(/^The plan has \d+ characters of text; the limit is 40000/);
  });

  it('keeps fields it does not know, at the top and inside entries', () => {
    const p = { ...starterPlan(), futureField: { a: 1 }, triggers: [{ id: 't1', text: 'x', colour: 'blue' }] };
    const r = parsePlan(p);
    expect(r.ok && (r.plan as Record<string, unknown>).futureField).toEqual({ a: 1 });
    expect(r.ok && (r.plan.triggers[0] as Record<string, unknown>).colour).toBe('blue');
  });
});
