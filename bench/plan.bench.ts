// Crisis plan and SOS figures: restore and diff of a large plan, SOS events per second, and how
// long the crisis card takes to render in each format. Prints medians in milliseconds.
import { crisisCardContent, diffPlans, applySosEvent, restore, startSosSession, starterPlan } from '@kinbridge/core';
import type { CrisisPlan, EpochMs, SosEvent } from '@kinbridge/core';
import { renderCrisisCardPdf } from '../packages/server/src/plan/plan-card.pdf';
import { renderCrisisCardPng } from '../packages/server/src/plan/plan-card.png';

async function median(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(runs / 2)]! * 100) / 100;
}

/** A plan near the size limits: 25 entries in each list, ~60 characters each. */
function largePlan(tag: string): CrisisPlan {
  const items = (prefix: string) => Array.from({ length: 25 }, (_, i) => ({ id: `${prefix}-${i}`, text: `${tag} ${prefix} entry number ${i}, written out at some length` }));
  const p = starterPlan();
  return {
    ...p,
    triggers: items('trigger'),
    warningSigns: { physical: items('ph'), emotional: items('em'), cognitive: items('co'), behavioural: items('be') },
    copingStrategies: items('coping'),
    reasonsForLiving: items('reason'),
    comfortBox: items('comfort'),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const a = largePlan('before');
  const b = largePlan('after');
  const stored = JSON.parse(JSON.stringify(a));
  if (!restore(stored).ok) throw new Error('bench plan is not valid');

  const T0 = 1_800_000_000_000;
  const events: SosEvent[] = [];
  for (let i = 0; i < 1000; i++) {
    const at = (T0 + i * 60_000) as EpochMs;
    events.push({ type: 'startStrategy', at }, { type: 'tick', now: (at + 30_000) as EpochMs }, { type: 'completeStrategy', suds: 5, at: (at + 50_000) as EpochMs }, { type: 'chooseTier', tier: i % 2 ? 'mild' : 'moderate', at });
  }
  const sosMs = await median(5, () => {
    let s = startSosSession({ id: 'bench', now: T0 as EpochMs, plan: a });
    s = (applySosEvent(s, { type: 'rate', suds: 5, at: T0 as EpochMs }) as { ok: true; session: typeof s }).session;
    s = (applySosEvent(s, { type: 'chooseTier', tier: 'moderate', at: T0 as EpochMs }) as { ok: true; session: typeof s }).session;
    for (const e of events) {
      const r = applySosEvent(s, e);
      if (r.ok) s = r.session;
    }
  });

  const wallet = crisisCardContent(a, 'US', 'wallet');
  const page = crisisCardContent(a, 'GB', 'page');
  const lock = crisisCardContent(a, 'US', 'lockscreen');
  const changes = diffPlans(a, b).length;
  return {
    restore_large_plan_ms: await median(21, () => restore(stored)),
    diff_large_plans_ms: await median(21, () => diffPlans(a, b)),
    diff_changes: changes,
    sos_4000_events_ms: sosMs,
    card_pdf_wallet_ms: await median(9, () => renderCrisisCardPdf(wallet)),
    card_pdf_page_ms: await median(9, () => renderCrisisCardPdf(page)),
    card_png_lockscreen_ms: await median(5, () => renderCrisisCardPng(lock)),
    card_png_bytes: renderCrisisCardPng(lock).length,
  };
}
