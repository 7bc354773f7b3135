// Grounding and mindfulness exercises that bring attention back to the present.
import type { GuidedExercise } from './types';

/** 5-4-3-2-1: five things seen, four touched, three heard, two smelled, one tasted. */
export const grounding54321: GuidedExercise = {
  id: 'grounding-5-4-3-2-1',
  kind: 'guided',
  title: '5-4-3-2-1 grounding',
  summary: 'Use your senses to come back to where you are right now.',
  category: 'grounding',
  estimatedMinutes: 3,
  preparation: ['Look around you. There is no right or wrong answer, just notice.'],
  steps: [
    { id: 'see', title: '5 things you can see', text: 'Name five things you can see. Small details count.', count: 5 },
    { id: 'touch', title: '4 things you can touch', text: 'Notice four things you can touch or feel, like your feet on the floor.', count: 4 },
    { id: 'hear', title: '3 things you can hear', text: 'Listen for three sounds, near or far.', count: 3 },
    { id: 'smell', title: '2 things you can smell', text: 'Find two smells. If nothing comes, name two smells you like.', count: 2 },
    { id: 'taste', title: '1 thing you can taste', text: 'Notice one taste, or take a sip of something.', count: 1 },
  ],
  cautions: [],
  source: '5-4-3-2-1 sensory grounding; structure per REFERENCE.md',
};

/**
 * Body scan, feet to head. The reference gives no timing; 30 s per area is our own pacing,
 * chosen so a full scan takes about six minutes.
 */
export const bodyScan: GuidedExercise = {
  id: 'body-scan',
  kind: 'guided',
  title: 'Body scan',
  summary: 'Move your attention slowly through your body, noticing without changing anything.',
  category: 'grounding',
  estimatedMinutes: 6,
  preparation: ['Sit or lie comfortably. Close your eyes if that feels okay, or rest your gaze on the floor.'],
  steps: [
    { id: 'feet', title: 'Feet', text: 'Notice your feet: warmth, coolness, pressure, tingling.', seconds: 30 },
    { id: 'lower-legs', title: 'Lower legs', text: 'Move up to your ankles and calves.', seconds: 30 },
    { id: 'knees-thighs', title: 'Knees and thighs', text: 'Notice your knees and the weight of your thighs.', seconds: 30 },
    { id: 'hips', title: 'Hips', text: 'Feel where your body meets the chair, bed or floor.', seconds: 30 },
    { id: 'belly', title: 'Belly', text: 'Notice your belly rising and falling as you breathe.', seconds: 30 },
    { id: 'chest', title: 'Chest', text: 'Notice your chest and your heartbeat, if you can feel it.', seconds: 30 },
    { id: 'back', title: 'Back', text: 'Move through your lower, middle and upper back.', seconds: 30 },
    { id: 'hands-arms', title: 'Hands and arms', text: 'Notice your fingers, palms, wrists and arms.', seconds: 30 },
    { id: 'shoulders-neck', title: 'Shoulders and neck', text: 'Notice any tightness. You do not need to fix it.', seconds: 30 },
    { id: 'face', title: 'Face', text: 'Notice your jaw, cheeks, eyes and forehead.', seconds: 30 },
    { id: 'head', title: 'Top of the head', text: 'Finish at the top of your head.', seconds: 30 },
    { id: 'whole-body', title: 'Whole body', text: 'Notice your whole body breathing, all at once.', seconds: 30 },
  ],
  cautions: [
    {
      id: 'body-scan-eyes-open',
      text: 'If closing your eyes or focusing on your body feels upsetting, keep your eyes open and stop whenever you want.',
      beforeStepIds: [],
    },
  ],
  source: 'Mindfulness body scan (Kabat-Zinn); step timing is Kinbridge pacing',
};

/** STOP: Stop; Take a step back; Observe; Proceed mindfully. */
export const stopSkill: GuidedExercise = {
  id: 'stop-skill',
  kind: 'guided',
  title: 'STOP',
  summary: 'Pause before acting on a strong urge.',
  category: 'distress_tolerance',
  estimatedMinutes: 1,
  preparation: [],
  steps: [
    { id: 'stop', title: 'Stop', text: 'Freeze for a moment. Do not act yet. You are in charge of what you do next.' },
    { id: 'take-a-step-back', title: 'Take a step back', text: 'Step back from the situation, even just in your head. Take one slow breath.' },
    { id: 'observe', title: 'Observe', text: 'Notice what is going on inside you and around you. What are you feeling? What is happening?' },
    { id: 'proceed-mindfully', title: 'Proceed mindfully', text: 'Ask what would help right now, or later. Then choose your next step on purpose.' },
  ],
  cautions: [],
  source: 'DBT STOP skill (Linehan); structure per REFERENCE.md',
};
