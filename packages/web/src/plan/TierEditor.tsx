// The last step: what SOS offers at each level, in order. Reordering uses buttons (no
// dragging), so it works by keyboard and with a screen reader.
import { useId, useState } from 'react';
import { EXERCISES } from '@kinbridge/core/exercises';
import { FIXED_STRATEGY_LABELS, TIER_LABELS, TIERS, strategyKey, strategyLabel } from '@kinbridge/core/plan';
import type { CrisisPlan, StrategyRef, Tier } from '@kinbridge/core/plan';
import type { SectionProps } from './TextSections';

const TIER_HELP: Record<Tier, string> = {
  mild: 'Things you can do alone to settle.',
  moderate: 'Skills and company for strong feelings.',
  severe: 'People and professionals to reach.',
  emergency: 'Crisis lines and the emergency number always come first here.',
};

/** Everything that could be a step, with a stable key for the picker. */
function candidates(plan: CrisisPlan): { key: string; ref: StrategyRef; label: string }[] {
  const refs: StrategyRef[] = [
    ...plan.copingStrategies.filter((c) => c.text.trim()).map((c): StrategyRef => ({ kind: 'coping', itemId: c.id })),
    ...plan.distractions.filter((d) => d.text.trim()).map((d): StrategyRef => ({ kind: 'distraction', itemId: d.id })),
    ...plan.supportContacts.filter((c) => c.name.trim()).map((c): StrategyRef => ({ kind: 'contact', contactId: c.id })),
    ...plan.professionals.filter((p) => p.name.trim()).map((p): StrategyRef => ({ kind: 'professional', professionalId: p.id })),
    ...EXERCISES.map((e): StrategyRef => ({ kind: 'exercise', exerciseId: e.id })),
    ...(Object.keys(FIXED_STRATEGY_LABELS) as (keyof typeof FIXED_STRATEGY_LABELS)[]).map((kind) => ({ kind }) as StrategyRef),
  ];
  return refs.map((ref) => ({ key: strategyKey(ref), ref, label: strategyLabel(plan, ref) }));
}

function TierList({ plan, change, tier }: SectionProps & { tier: Tier }) {
  const steps = plan.tiers[tier];
  const [choice, setChoice] = useState('');
  const pickerId = useId();
  const setSteps = (next: StrategyRef[]) => change({ ...plan, tiers: { ...plan.tiers, [tier]: next } });
  const move = (from: number, to: number) => {
    const next = [...steps];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setSteps(next);
  };
  const used = new Set(steps.map(strategyKey));
  const options = candidates(plan).filter((c) => !used.has(c.key));
  const name = TIER_LABELS[tier];
  return (
    <section className="subsection" aria-labelledby={`tier-${tier}`}>
      <h3 id={`tier-${tier}`}>{name}</h3>
      <p className="hint">{TIER_HELP[tier]}</p>
      <ol className="entries">
        {steps.map((ref, i) => {
          const label = strategyLabel(plan, ref);
          return (
            <li key={strategyKey(ref)} className="entry tier-step">
              <span className="step-label">{label}</span>
              <span className="actions">
                <button type="button" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move ${label} up in ${name}`}>
                  Up
                </button>
                <button type="button" disabled={i === steps.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move ${label} down in ${name}`}>
                  Down
                </button>
                <button type="button" onClick={() => setSteps(steps.filter((_, j) => j !== i))} aria-label={`Remove ${label} from ${name}`}>
                  Remove
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="field inline">
        <label htmlFor={pickerId}>Add a step to {name.toLowerCase()}</label>
        <select id={pickerId} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose…</option>
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!choice}
          onClick={() => {
            const picked = options.find((o) => o.key === choice);
            if (picked) setSteps([...steps, picked.ref]);
            setChoice('');
          }}
        >
          Add step
        </button>
      </div>
    </section>
  );
}

export function TierEditor({ plan, change }: SectionProps) {
  return (
    <>
      {TIERS.map((tier) => (
        <TierList key={tier} tier={tier} plan={plan} change={change} />
      ))}
    </>
  );
}
