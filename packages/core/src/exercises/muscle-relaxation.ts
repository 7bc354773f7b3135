// Progressive muscle relaxation: 16 groups in the classic order, tense 5–7 s, release 30–40 s.
// Defaults use the short end (5 s / 30 s) so the whole round stays under ten minutes.
import type { MuscleRelaxationExercise } from './types';

export const progressiveMuscleRelaxation: MuscleRelaxationExercise = {
  id: 'progressive-muscle-relaxation',
  kind: 'muscle_relaxation',
  title: 'Progressive muscle relaxation',
  summary: 'Tighten one group of muscles for a few seconds, then let it go and notice the difference.',
  category: 'relaxation',
  estimatedMinutes: 10,
  preparation: [
    'Sit or lie down somewhere comfortable.',
    'Tighten each group firmly but gently. It should never hurt.',
    'When you let go, let go all at once and notice how the muscle feels as it softens.',
  ],
  groups: [
    { id: 'dominant-hand', name: 'Stronger hand and forearm', tense: 'Make a fist with your stronger hand.' },
    { id: 'dominant-biceps', name: 'Stronger upper arm', tense: 'Bend that arm and press your elbow down into the chair or bed.' },
    { id: 'other-hand', name: 'Other hand and forearm', tense: 'Make a fist with your other hand.' },
    { id: 'other-biceps', name: 'Other upper arm', tense: 'Bend that arm and press your elbow down.' },
    { id: 'forehead', name: 'Forehead', tense: 'Raise your eyebrows as high as they go.' },
    { id: 'eyes-nose', name: 'Eyes and nose', tense: 'Squeeze your eyes shut and wrinkle your nose.' },
    { id: 'cheeks-jaw', name: 'Cheeks and jaw', tense: 'Clench your teeth lightly and pull back the corners of your mouth.' },
    { id: 'neck-throat', name: 'Neck and throat', tense: 'Gently pull your chin towards your chest without touching it.' },
    { id: 'chest-shoulders-back', name: 'Chest, shoulders and upper back', tense: 'Take a breath, hold it, and pull your shoulder blades together.' },
    { id: 'abdomen', name: 'Stomach', tense: 'Make your stomach hard, as if bracing for a poke.' },
    { id: 'dominant-thigh', name: 'Stronger-side thigh', tense: 'Press that thigh muscle down and tighten it.' },
    { id: 'dominant-calf', name: 'Stronger-side calf', tense: 'Pull your toes up towards your face.' },
    { id: 'dominant-foot', name: 'Stronger-side foot', tense: 'Point your toes and curl them gently.' },
    { id: 'other-thigh', name: 'Other thigh', tense: 'Press that thigh muscle down and tighten it.' },
    { id: 'other-calf', name: 'Other calf', tense: 'Pull your toes up towards your face.' },
    { id: 'other-foot', name: 'Other foot', tense: 'Point your toes and curl them gently.' },
  ],
  tenseSeconds: 5,
  releaseSeconds: 30,
  tenseRange: { min: 5, max: 7 },
  releaseRange: { min: 30, max: 40 },
  cautions: [
    {
      id: 'pmr-no-pain',
      text: 'Never tense to the point of pain. Skip any part of your body that is injured or sore.',
      beforeStepIds: [],
    },
  ],
  source: 'Progressive relaxation, 16-group form (Bernstein & Borkovec); parameters per REFERENCE.md',
};
