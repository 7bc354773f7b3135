// Test helpers: a person's context (a small plan with a support contact), a fixed clock that
// moves a minute per message, and a way to run a whole conversation.
import type { EpochMs } from '@kinbridge/core';
import { Companion, InMemoryMemoryStore, regionResources, type CompanionContext, type CompanionOptions, type MemoryStore, type TurnResult } from '../src/index';

/** Thursday 5 March 2026, 21:00 UTC. */
export const THURSDAY = Date.UTC(2026, 2, 5, 21, 0) as EpochMs;
export const MINUTE = 60_000;

export function samContext(region = 'US'): CompanionContext {
  const { resources, emergencyNumber } = regionResources(region);
  return {
    region,
    name: 'Alex',
    resources,
    emergencyNumber,
    contacts: [{ name: 'Sam', relationship: 'friend', phone: '+1 555 0100', agreement: 'text me, I call back within 10 minutes' }],
    plan: {
      triggers: ['arguments with my dad', 'being alone on Sunday nights'],
      warningSigns: ['I stop answering texts', 'I stay in bed all day'],
      copingStrategies: ['Walk around the block with music', 'Hot shower'],
      distractions: ['Spend time with my cousin Ana'],
      tiers: {
        mild: ['Box breathing', 'Walk around the block with music'],
        moderate: ['Hot shower', 'Spend time with my cousin Ana', 'STOP'],
        severe: ['Reach out to Sam'],
        emergency: ['Call or text a crisis line: 988', 'Call emergency services: 911', 'Reach out to Sam'],
      },
      reasonsForLiving: ['my dog Pepper'],
      safeEnvironmentSteps: ['Keep only small amounts of medicine at home'],
    },
  };
}

export interface Talk {
  companion: Companion;
  memory: MemoryStore;
  now: EpochMs;
  say(text: unknown, advanceMs?: number): Promise<TurnResult>;
  all(texts: unknown[]): Promise<TurnResult[]>;
}

export function talk(options: Partial<CompanionOptions> & { start?: EpochMs } = {}): Talk {
  const memory = options.memory ?? new InMemoryMemoryStore();
  const companion = new Companion({ context: samContext(), seed: 11, ...options, memory });
  const t: Talk = {
    companion,
    memory,
    now: options.start ?? THURSDAY,
    async say(text, advanceMs = MINUTE) {
      t.now = (t.now + advanceMs) as EpochMs;
      return companion.reply(text, t.now);
    },
    async all(texts) {
      const out: TurnResult[] = [];
      for (const text of texts) out.push(await t.say(text));
      return out;
    },
  };
  return t;
}

export function last<T>(items: readonly T[]): T {
  const item = items[items.length - 1];
  if (item === undefined) throw new Error('empty');
  return item;
}
