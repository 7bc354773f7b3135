// Breathing exercises. Timings are exact from shared/clinical/REFERENCE.md; the words are ours.
import type { BreathingExercise, Caution } from './types';

const lightHeaded: Caution = {
  id: 'breathing-light-headed',
  text: 'If you feel dizzy or light-headed, stop and breathe normally for a while. Slower is fine.',
  beforeStepIds: [],
};

/** 4-7-8: in 4, hold 7, out 8, four cycles. The ratio matters more than the seconds. */
export const breathing478: BreathingExercise = {
  id: 'breathing-4-7-8',
  kind: 'breathing',
  title: '4-7-8 breathing',
  summary: 'Breathe in for 4, hold for 7, breathe out slowly for 8.',
  category: 'breathing',
  estimatedMinutes: 2,
  preparation: [
    'Sit or lie somewhere you can be still for a minute or two.',
    'Rest the tip of your tongue just behind your upper front teeth and keep it there.',
    'Let all the air out through your mouth first.',
    'If the counts feel too long, count faster. Keeping the 4-7-8 pattern matters more than the seconds.',
  ],
  phases: [
    { kind: 'inhale', seconds: 4, cue: 'Breathe in quietly through your nose' },
    { kind: 'hold_in', seconds: 7, cue: 'Hold your breath' },
    { kind: 'exhale', seconds: 8, cue: 'Breathe out through your mouth, slowly and fully' },
  ],
  cycles: 4,
  cycleRange: { min: 4, max: 4 },
  cautions: [lightHeaded],
  source: '4-7-8 breathing (Weil); parameters per REFERENCE.md',
};

/** Box breathing: in 4, hold 4, out 4, hold 4; 4–5 cycles. */
export const boxBreathing: BreathingExercise = {
  id: 'box-breathing',
  kind: 'breathing',
  title: 'Box breathing',
  summary: 'Four equal sides: in, hold, out, hold, four seconds each.',
  category: 'breathing',
  estimatedMinutes: 2,
  preparation: ['Sit with your feet on the floor and your shoulders loose.', 'Picture a square and trace one side with each count.'],
  phases: [
    { kind: 'inhale', seconds: 4, cue: 'Breathe in' },
    { kind: 'hold_in', seconds: 4, cue: 'Hold' },
    { kind: 'exhale', seconds: 4, cue: 'Breathe out' },
    { kind: 'hold_out', seconds: 4, cue: 'Hold, empty' },
  ],
  cycles: 4,
  cycleRange: { min: 4, max: 5 },
  cautions: [lightHeaded],
  source: 'Box breathing; parameters per REFERENCE.md',
};

/**
 * Paced breathing (the second P of TIPP): about 5–6 breaths a minute with the out-breath
 * longer than the in-breath, for 1–2 minutes. In 4 + out 6 = 10 s, i.e. 6 breaths a minute;
 * 9 cycles is 90 s, inside the 1–2 minute window (6–12 cycles).
 */
export const pacedBreathing: BreathingExercise = {
  id: 'paced-breathing',
  kind: 'breathing',
  title: 'Paced breathing',
  summary: 'Slow your breathing down, with the out-breath longer than the in-breath.',
  category: 'breathing',
  estimatedMinutes: 2,
  preparation: ['Breathe from your belly: let it rise as you breathe in.', 'Make each out-breath a little longer than the in-breath.'],
  phases: [
    { kind: 'inhale', seconds: 4, cue: 'Breathe in' },
    { kind: 'exhale', seconds: 6, cue: 'Breathe out, long and slow' },
  ],
  cycles: 9,
  cycleRange: { min: 6, max: 12 },
  cautions: [lightHeaded],
  source: 'DBT TIPP, paced breathing (Linehan); parameters per REFERENCE.md',
};
