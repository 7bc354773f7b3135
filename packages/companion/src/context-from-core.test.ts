import { describe, expect, it } from 'vitest';
import { starterPlan } from '@kinbridge/core/plan';
import { contextFromPlan, regionResources } from './context-from-core';

describe('context from core plan and resources', () => {
  it('gives every line a dialable phone number', () => {
    for (const region of ['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'IN', 'DE', 'FR']) {
      for (const r of regionResources(region).resources) if (r.phone) expect(r.phone).toMatch(/^[\d\s()+-]+$/);
    }
    const veterans = regionResources('US').resources.find((r) => r.name.startsWith('Veterans'));
    expect(veterans?.phone).toBe('988');
    expect(veterans?.name).toMatch(/press 1/);
  });

  it('points an unsupported region to the worldwide directory and a generic emergency hint', () => {
    const { resources, emergencyNumber } = regionResources('FR');
    expect(resources.map((r) => r.url)).toContain('https://findahelpline.com');
    expect(emergencyNumber).toBe('your local emergency number');
  });

  it("turns the plan's tiers into the labels SOS shows", () => {
    const context = contextFromPlan(starterPlan(), { region: 'GB' });
    expect(context.plan.tiers.mild).toContain('Box breathing');
    expect(context.plan.tiers.emergency?.[0]).toMatch(/Samaritans/);
    expect(context.plan.tiers.emergency?.some((s) => s.includes('999'))).toBe(true);
    expect(context.emergencyNumber).toBe('999');
  });
});
