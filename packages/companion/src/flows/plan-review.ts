// Plan review: "what's on your plan for this?" The companion reads the person's own plan back to
// them (their triggers, warning signs and strategies in their words, in the tier order they and
// their therapist chose) and asks which step feels doable. It never invents strategies.
import type { PlanTier } from '../context';
import { paragraphs } from '../compose/variation';
import { isAvoided, recallHelped } from '../memory/recall';
import { withName, type ActiveFlow, type FlowResult, type TurnInput } from './types';

type PlanState = Extract<ActiveFlow, { id: 'plan_review' }>;

function overlaps(a: string, b: string): boolean {
  const words = (s: string) => new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

/** The tier that fits the moment: moderate when distress is strong, mild otherwise. */
function tierFor(input: TurnInput): PlanTier {
  const strong = ['anxious', 'overwhelmed', 'angry'].includes(input.classification.emotion) || input.risk.level !== 'none';
  return strong ? 'moderate' : 'mild';
}

export function strategiesFor(input: TurnInput, tier: PlanTier): string[] {
  const plan = input.context.plan;
  const fromTier = plan.tiers[tier] ?? [];
  const fallback = tier === 'mild' || tier === 'moderate' ? [...plan.copingStrategies, ...plan.distractions] : [];
  const all = [...fromTier, ...fallback];
  return [...new Set(all)].filter((s) => !isAvoided(s, input.memory)).slice(0, 4);
}

export function startPlanReview(input: TurnInput): FlowResult {
  const plan = input.context.plan;
  const tier = tierFor(input);
  const strategies = strategiesFor(input, tier);
  const trigger = plan.triggers.find((t) => overlaps(input.text, t));
  const sign = [...plan.warningSigns].find((w) => overlaps(input.text, w));
  const recall = recallHelped(input.memory, input.now, input.context.utcOffsetMinutes ?? 0);
  if (strategies.length === 0) {
    return {
      flow: 'plan_review',
      next: null,
      reply: paragraphs(
        "Your plan doesn't have coping steps for this yet. You can add them on the Plan page, on your own or with your therapist.",
        recall ? `${recall.sentence}. Would that be worth trying now?` : 'For now, would a short grounding exercise help?',
      ),
    };
  }
  const lines = strategies.map((s, i) => `${i + 1}. ${s}`).join('\n');
  return {
    flow: 'plan_review',
    reply: paragraphs(
      withName(input, input.compose.pick('plan.lead', ["Let's look at what's on your plan for this.", "Here's what your plan says for moments like this."])),
      trigger ? `You named "${trigger}" as a trigger in your plan, so it makes sense this is hitting hard.` : undefined,
      sign ? `"${sign}" is one of the warning signs you wrote down. Noticing it is the first step of the plan.` : undefined,
      lines,
      recall ? `${recall.sentence}.` : undefined,
      'Which one feels doable right now?',
    ),
    next: { id: 'plan_review', step: 'choose' },
  };
}

export function continuePlanReview(_state: PlanState, input: TurnInput): FlowResult {
  const strategies = strategiesFor(input, tierFor(input));
  const index = Number((input.text.match(/\b[1-4]\b/) ?? [])[0]) - 1;
  const chosen = strategies[index] ?? strategies.find((s) => overlaps(input.text, s));
  if (!chosen) {
    return {
      flow: 'plan_review',
      next: null,
      reply: "That's okay. If none of these fit right now, we could try a grounding exercise together, or you could reach out to someone on your plan.",
    };
  }
  return {
    flow: 'plan_review',
    next: null,
    reply: paragraphs(
      input.compose.pick('plan.go', [`"${chosen}". Good choice. Give it a real try.`, `Okay, "${chosen}". Go for it; I'll be here.`]),
      "I'll check back in about 15 minutes. If it hasn't helped by then, we'll move to the next step on your plan.",
    ),
    checkBack: { strategy: chosen },
  };
}
