// Default tier mapping, from shared/clinical/REFERENCE.md:
//   mild      → Stanley-Brown steps 1–2: notice the signs, cope alone (self-care, grounding)
//   moderate  → steps 2–3 plus active skills (DBT skills, distraction with people and places)
//   severe    → steps 4–5: a person, a professional (and a crisis line, part of step 5)
//   emergency → crisis line and emergency number first, then step 6 (a safer environment),
//               then the support person and reasons for living
// A person and their therapist can reorder any tier; this is where a new plan starts.
import type { ExerciseId } from '../exercises/types';
import type { CrisisPlan, StrategyRef, Tier, Tiers } from './schema';

const exercise = (exerciseId: ExerciseId): StrategyRef => ({ kind: 'exercise', exerciseId });

const MILD_EXERCISES: ExerciseId[] = ['box-breathing', 'grounding-5-4-3-2-1', 'self-soothe'];
const MODERATE_EXERCISES: ExerciseId[] = ['stop-skill', 'paced-breathing', 'tipp', 'accepts', 'improve', 'progressive-muscle-relaxation'];

type PlanSections = Pick<CrisisPlan, 'copingStrategies' | 'distractions' | 'supportContacts' | 'professionals' | 'comfortBox'>;

export function defaultTiers(plan: PlanSections): Tiers {
  const coping = plan.copingStrategies.map((c): StrategyRef => ({ kind: 'coping', itemId: c.id }));
  const distractions = plan.distractions.map((d): StrategyRef => ({ kind: 'distraction', itemId: d.id }));
  const contacts = plan.supportContacts.map((c): StrategyRef => ({ kind: 'contact', contactId: c.id }));
  const professionals = plan.professionals.map((p): StrategyRef => ({ kind: 'professional', professionalId: p.id }));
  const comfort: StrategyRef[] = plan.comfortBox.length > 0 ? [{ kind: 'comfort_box' }] : [];
  const firstContact = contacts.slice(0, 1);

  return {
    mild: [...coping.slice(0, 5), ...MILD_EXERCISES.map(exercise), ...comfort],
    moderate: [...coping.slice(0, 2), ...distractions.slice(0, 5), ...MODERATE_EXERCISES.map(exercise), ...comfort],
    severe: [...contacts.slice(0, 10), ...professionals.slice(0, 10), { kind: 'crisis_line' }, { kind: 'reasons' }],
    emergency: [{ kind: 'crisis_line' }, { kind: 'emergency_number' }, { kind: 'safe_environment' }, ...firstContact, { kind: 'reasons' }],
  };
}

/** A stable key for a tier step, for de-duplication and diffs. */
export function strategyKey(ref: StrategyRef): string {
  switch (ref.kind) {
    case 'exercise':
      return `exercise:${ref.exerciseId}`;
    case 'coping':
    case 'distraction':
      return `${ref.kind}:${ref.itemId}`;
    case 'contact':
      return `contact:${ref.contactId}`;
    case 'professional':
      return `professional:${ref.professionalId}`;
    default:
      return ref.kind;
  }
}

export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
  emergency: 'Emergency',
};
