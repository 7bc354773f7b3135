// Resolves a tier step to what SOS shows: the exercise, the coping entry, the person to call.
import { exerciseById } from '../exercises/catalog';
import type { Exercise } from '../exercises/types';
import type { CopingItem, CrisisPlan, DistractionItem, Professional, StrategyRef, SupportContact, TextItem } from './schema';

type Ref<K extends StrategyRef['kind']> = Extract<StrategyRef, { kind: K }>;

export type ResolvedStrategy =
  | { kind: 'exercise'; ref: Ref<'exercise'>; label: string; exercise: Exercise }
  | { kind: 'coping'; ref: Ref<'coping'>; label: string; item: CopingItem }
  | { kind: 'distraction'; ref: Ref<'distraction'>; label: string; item: DistractionItem }
  | { kind: 'contact'; ref: Ref<'contact'>; label: string; contact: SupportContact }
  | { kind: 'professional'; ref: Ref<'professional'>; label: string; professional: Professional }
  | { kind: 'crisis_line'; ref: Ref<'crisis_line'>; label: string }
  | { kind: 'emergency_number'; ref: Ref<'emergency_number'>; label: string }
  | { kind: 'safe_environment'; ref: Ref<'safe_environment'>; label: string; steps: readonly TextItem[] }
  | { kind: 'comfort_box'; ref: Ref<'comfort_box'>; label: string; items: readonly TextItem[] }
  | { kind: 'reasons'; ref: Ref<'reasons'>; label: string; reasons: readonly TextItem[] };

export const FIXED_STRATEGY_LABELS = {
  crisis_line: 'Call or text a crisis line',
  emergency_number: 'Call emergency services',
  safe_environment: 'Make where I am safer',
  comfort_box: 'Open my comfort box',
  reasons: 'Read my reasons for living',
} as const;

/** The tier step with its target, or null when it points at nothing (deleted entry, unknown exercise). */
export function resolveStrategy(plan: CrisisPlan, ref: StrategyRef): ResolvedStrategy | null {
  switch (ref.kind) {
    case 'exercise': {
      const exercise = exerciseById(ref.exerciseId);
      return exercise ? { kind: 'exercise', ref, label: exercise.title, exercise } : null;
    }
    case 'coping': {
      const item = plan.copingStrategies.find((c) => c.id === ref.itemId);
      return item ? { kind: 'coping', ref, label: item.text, item } : null;
    }
    case 'distraction': {
      const item = plan.distractions.find((d) => d.id === ref.itemId);
      if (!item) return null;
      return { kind: 'distraction', ref, label: item.kind === 'person' ? `Spend time with ${item.text}` : `Go to ${midSentence(item.text)}`, item };
    }
    case 'contact': {
      const contact = plan.supportContacts.find((c) => c.id === ref.contactId);
      return contact ? { kind: 'contact', ref, label: `Reach out to ${contact.name}`, contact } : null;
    }
    case 'professional': {
      const professional = plan.professionals.find((p) => p.id === ref.professionalId);
      return professional ? { kind: 'professional', ref, label: `Contact ${professional.name}`, professional } : null;
    }
    case 'crisis_line':
      return { kind: 'crisis_line', ref, label: FIXED_STRATEGY_LABELS.crisis_line };
    case 'emergency_number':
      return { kind: 'emergency_number', ref, label: FIXED_STRATEGY_LABELS.emergency_number };
    case 'safe_environment':
      return { kind: 'safe_environment', ref, label: FIXED_STRATEGY_LABELS.safe_environment, steps: plan.safeEnvironment };
    case 'comfort_box':
      return { kind: 'comfort_box', ref, label: FIXED_STRATEGY_LABELS.comfort_box, items: plan.comfortBox };
    case 'reasons':
      return { kind: 'reasons', ref, label: FIXED_STRATEGY_LABELS.reasons, reasons: plan.reasonsForLiving };
  }
}

/** A short label for a tier step ("Box breathing", "Reach out to Sam"). */
export function strategyLabel(plan: CrisisPlan, ref: StrategyRef): string {
  return resolveStrategy(plan, ref)?.label ?? 'Something no longer in the plan';
}

/** "A café nearby" reads "Go to a café nearby" mid-sentence; names ("Mia's") keep their capital. */
function midSentence(text: string): string {
  return /^(?:A|An|The|My|Our) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
