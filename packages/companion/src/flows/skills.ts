// DBT skills coaching: STOP, TIPP, ACCEPTS, self-soothe, opposite action and check the facts
// (Linehan, DBT Skills Training Manual, 2nd ed., 2015; structures per REFERENCE.md). STOP, TIPP,
// ACCEPTS and self-soothe use the step data in core's exercise library so the wording matches the
// SOS screen; opposite action and check the facts are coached here. TIPP shows its medical
// caution before Temperature and Exercise, and skips the cold-water step for a person who asked
// not to be offered it.
import { cautionsBeforeStep, exerciseById, type ExerciseStep, type GuidedExercise } from '@kinbridge/core/exercises';
import { paragraphs, listJoin } from '../compose/variation';
import { isAvoided } from '../memory/recall';
import { withName, type ActiveFlow, type FlowResult, type SkillId, type TurnInput } from './types';

type SkillState = Extract<ActiveFlow, { id: 'skills' }>;

const SKILL_NAMES: Record<SkillId, string> = {
  stop: 'STOP', tipp: 'TIPP', accepts: 'ACCEPTS', self_soothe: 'self-soothing with your senses',
  opposite_action: 'opposite action', check_the_facts: 'check the facts',
};

const EXERCISE_OF: Partial<Record<SkillId, string>> = { stop: 'stop-skill', tipp: 'tipp', accepts: 'accepts', self_soothe: 'self-soothe' };

const COACHED: Record<'opposite_action' | 'check_the_facts', readonly string[]> = {
  opposite_action: [
    'Name the emotion you are feeling, and what it is pushing you to do (hide, lash out, avoid).',
    'Ask: does the emotion fit the facts, and would acting on the urge help you right now? If not, opposite action is worth a try.',
    'Work out the opposite of the urge. If it says hide, the opposite might be reaching out; if it says attack, it might be stepping away gently.',
    'Do the opposite all the way: your body, your face, your tone. Keep going until the emotion starts to ease.',
  ],
  check_the_facts: [
    'What emotion do you want to check, and how strong is it?',
    'What happened, just the facts, as a camera would record it?',
    'What are you telling yourself about it? Are there other ways to read what happened?',
    'Are you expecting a threat or a disaster? How likely is it, really, and how would you cope if it happened?',
    'Now: does the emotion, and its strength, fit the facts? If it fits, problem solving can help. If not, opposite action can.',
  ],
};

/** Which skill a message asks for, or the one that suits the feeling. */
export function chooseSkill(input: TurnInput): SkillId {
  const t = input.text;
  if (/\bstop\b(?! it| that| this|ping)/i.test(t) && /\bskill|\bstop skill|\bthe stop\b/i.test(t)) return 'stop';
  if (/\btipp?\b/i.test(t)) return 'tipp';
  if (/\baccepts\b|\bdistract/i.test(t)) return 'accepts';
  if (/\bself[- ]?sooth/i.test(t)) return 'self_soothe';
  if (/\bopposite action\b|\bhide in bed\b|\bavoid\w* everyone\b/i.test(t)) return 'opposite_action';
  if (/\bcheck(?:ing)? the facts\b|\boverreact/i.test(t)) return 'check_the_facts';
  if (/\burge|\bsnap\b|\bimpulsive|\bblow up|\bscream/i.test(t)) return 'stop';
  switch (input.classification.emotion) {
    case 'angry':
      return 'stop';
    case 'anxious':
    case 'overwhelmed':
      return 'tipp';
    case 'sad':
    case 'ashamed':
      return 'opposite_action';
    case 'lonely':
    case 'numb':
      return 'self_soothe';
    default:
      return 'accepts';
  }
}

function exerciseSteps(skill: SkillId, input: TurnInput): { exercise?: GuidedExercise; steps: readonly ExerciseStep[] } {
  const id = EXERCISE_OF[skill];
  const exercise = id ? exerciseById(id) : undefined;
  if (!exercise || exercise.kind !== 'guided') return { steps: [] };
  // Honour "don't suggest cold water": drop any step the person asked us not to offer.
  const steps = exercise.steps.filter((s) => !isAvoided(`${s.title} ${s.text}`, input.memory));
  return { exercise, steps };
}

function stepText(skill: SkillId, index: number, input: TurnInput): string | undefined {
  if (skill === 'opposite_action' || skill === 'check_the_facts') return COACHED[skill][index];
  const { exercise, steps } = exerciseSteps(skill, input);
  const step = steps[index];
  if (!step || !exercise) return undefined;
  // ACCEPTS and self-soothe are menus: show them whole and let the person pick.
  if (skill === 'accepts' || skill === 'self_soothe') return undefined;
  const cautions = cautionsBeforeStep(exercise, step.id).map((c) => c.text);
  return paragraphs(...cautions, `${step.title}: ${step.text}`);
}

function menu(skill: 'accepts' | 'self_soothe', input: TurnInput): string {
  const { steps } = exerciseSteps(skill, input);
  const lines = steps.map((s) => `- ${s.title}: ${s.text}${s.examples?.length ? ` (for example ${listJoin(s.examples.slice(0, 2), 'or')})` : ''}`);
  const ask = skill === 'accepts' ? 'Which one could you try for the next ten minutes?' : 'Which sense could you use right now?';
  return paragraphs(lines.join('\n'), ask);
}

export function startSkill(input: TurnInput, forced?: SkillId): FlowResult {
  const skill = forced ?? chooseSkill(input);
  const intro = input.compose.pick(`skills.intro`, [
    `Let's try ${SKILL_NAMES[skill]} together.`,
    `${SKILL_NAMES[skill].charAt(0).toUpperCase()}${SKILL_NAMES[skill].slice(1)} could help here. Let's go through it.`,
  ]);
  if (skill === 'accepts' || skill === 'self_soothe') {
    return { flow: 'skills', reply: paragraphs(withName(input, intro), menu(skill, input)), next: { id: 'skills', skill, step: 99 } };
  }
  const first = stepText(skill, 0, input) ?? '';
  return {
    flow: 'skills',
    reply: paragraphs(withName(input, intro), first, 'Tell me when you are ready for the next step.'),
    next: { id: 'skills', skill, step: 1 },
  };
}

export function continueSkill(state: SkillState, input: TurnInput): FlowResult {
  if (/^(?:stop|quit|enough|no more|cancel)\b/i.test(input.text.trim())) {
    return { flow: 'skills', next: null, reply: "Okay, we'll leave it there. You can come back to it any time." };
  }
  const next = stepText(state.skill, state.step, input);
  if (next) {
    const ack = input.compose.pick('skills.ack', ['Good.', 'Okay.', 'Nice.', "You're doing it."]);
    return { flow: 'skills', reply: paragraphs(ack, next), next: { ...state, step: state.step + 1 } };
  }
  const strategy = state.skill === 'accepts' || state.skill === 'self_soothe' ? SKILL_NAMES[state.skill] : SKILL_NAMES[state.skill];
  return {
    flow: 'skills',
    next: null,
    reply: paragraphs(
      state.step === 99
        ? input.compose.pick('skills.go', ['That sounds like a good choice. Give it a real try, all the way in.', 'Good pick. Go and do it, and notice what changes.'])
        : input.compose.pick('skills.done', ['That is the whole skill. Well done for practising it in a hard moment.', "That's it. Using a skill when it's hard is exactly the practice."]),
      "I'll check back in 15 minutes to see how you're doing, if that's okay.",
    ),
    checkBack: { strategy },
  };
}
