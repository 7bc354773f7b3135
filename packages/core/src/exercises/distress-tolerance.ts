// DBT distress-tolerance skills: TIPP, self-soothe, ACCEPTS, IMPROVE. Structures per
// REFERENCE.md; words are ours.
import type { GuidedExercise } from './types';

/**
 * TIPP changes body chemistry fast. Cold water and hard exercise are not safe for everyone,
 * so the caution is shown before Temperature and before Intense exercise, not just once.
 */
export const tipp: GuidedExercise = {
  id: 'tipp',
  kind: 'guided',
  title: 'TIPP',
  summary: 'Four quick ways to calm your body when emotions are very strong.',
  category: 'distress_tolerance',
  estimatedMinutes: 5,
  preparation: ['Pick the steps that are safe for you. Any one of them can help on its own.'],
  steps: [
    {
      id: 'temperature',
      title: 'Temperature',
      text: 'Hold your breath and put your face in cold water, or hold a cold pack or cold wet cloth over your eyes and cheeks, for about 30 seconds.',
      seconds: 30,
    },
    {
      id: 'intense-exercise',
      title: 'Intense exercise',
      text: 'Do a short burst of hard movement: run on the spot, fast stairs, jumping jacks. Stop if you feel unwell.',
    },
    {
      id: 'paced-breathing',
      title: 'Paced breathing',
      text: 'Slow your breathing to about five or six breaths a minute, with a long out-breath.',
      seconds: 90,
      exerciseId: 'paced-breathing',
    },
    {
      id: 'paired-muscle-relaxation',
      title: 'Paired muscle relaxation',
      text: 'As you breathe in, tense a muscle group. As you breathe out, let it go and say "relax" in your head.',
    },
  ],
  cautions: [
    {
      id: 'tipp-medical',
      text: 'Check with a doctor before using cold water or hard exercise if you have a heart condition, an eating disorder, are pregnant, or do not cope well with cold. Skip this step if unsure.',
      beforeStepIds: ['temperature', 'intense-exercise'],
    },
  ],
  source: 'DBT TIPP skill (Linehan); structure and cautions per REFERENCE.md',
};

export const selfSoothe: GuidedExercise = {
  id: 'self-soothe',
  kind: 'guided',
  title: 'Self-soothe with your senses',
  summary: 'Be kind to yourself through sight, sound, smell, taste and touch.',
  category: 'distress_tolerance',
  estimatedMinutes: 5,
  preparation: ['Pick one sense or go through all five. Take your time with each.'],
  steps: [
    { id: 'sight', title: 'Sight', text: 'Look at something you find calming or beautiful.', examples: ['a favourite photo', 'the sky', 'a candle'] },
    { id: 'hearing', title: 'Hearing', text: 'Listen to something soothing.', examples: ['calm music', 'rain sounds', 'a familiar voice'] },
    { id: 'smell', title: 'Smell', text: 'Breathe in a scent you like.', examples: ['soap or lotion', 'coffee', 'fresh air'] },
    { id: 'taste', title: 'Taste', text: 'Slowly enjoy a taste.', examples: ['a warm drink', 'a mint', 'a piece of fruit'] },
    { id: 'touch', title: 'Touch', text: 'Feel something comforting.', examples: ['a soft blanket', 'a pet', 'a warm shower'] },
  ],
  cautions: [],
  source: 'DBT self-soothe with the five senses (Linehan)',
};

/** ACCEPTS: Activities, Contributing, Comparisons, opposite Emotions, Pushing away, Thoughts, Sensations. */
export const accepts: GuidedExercise = {
  id: 'accepts',
  kind: 'guided',
  title: 'ACCEPTS: distract yourself',
  summary: 'Seven ways to take your mind off things until the wave passes.',
  category: 'distraction',
  estimatedMinutes: 10,
  preparation: ['Distraction is a way to get through a hard moment, not a way to avoid life. Pick one that fits right now.'],
  steps: [
    { id: 'activities', title: 'Activities', text: 'Do something that takes some focus.', examples: ['tidy a drawer', 'play a game', 'cook something simple'] },
    { id: 'contributing', title: 'Contributing', text: 'Do something for someone else.', examples: ['send a kind message', 'help with a chore'] },
    { id: 'comparisons', title: 'Comparisons', text: 'Remember a time you got through something hard, and how you did it.' },
    { id: 'emotions', title: 'Opposite emotions', text: 'Do something that brings a different feeling.', examples: ['a funny video', 'upbeat music'] },
    { id: 'pushing-away', title: 'Pushing away', text: 'Put the problem aside for now. Imagine putting it in a box on a shelf to come back to later.' },
    { id: 'thoughts', title: 'Thoughts', text: 'Keep your mind busy.', examples: ['count backwards from 100 in sevens', 'name a city for each letter'] },
    { id: 'sensations', title: 'Sensations', text: 'Notice a strong but safe sensation.', examples: ['hold an ice cube', 'a hot or cold shower', 'a sour sweet'] },
  ],
  cautions: [],
  source: 'DBT ACCEPTS distraction skill (Linehan); structure per REFERENCE.md',
};

/** IMPROVE the moment: Imagery, Meaning, Prayer, Relaxation, One thing, Vacation, Encouragement. */
export const improve: GuidedExercise = {
  id: 'improve',
  kind: 'guided',
  title: 'IMPROVE the moment',
  summary: 'Seven ways to make a hard moment a little easier to bear.',
  category: 'distress_tolerance',
  estimatedMinutes: 10,
  preparation: ['Pick whichever one feels possible right now.'],
  steps: [
    { id: 'imagery', title: 'Imagery', text: 'Picture a place where you feel safe and calm, in as much detail as you can.' },
    { id: 'meaning', title: 'Meaning', text: 'Look for anything that matters to you in this moment, however small.' },
    { id: 'prayer', title: 'Prayer', text: 'If it fits you, pray, or open yourself to something bigger than this moment.' },
    { id: 'relaxation', title: 'Relaxation', text: 'Loosen your shoulders, unclench your jaw, breathe out slowly.' },
    { id: 'one-thing', title: 'One thing in the moment', text: 'Put all your attention on one simple thing you are doing right now.' },
    { id: 'vacation', title: 'A short break', text: 'Take a brief, safe break: a short walk, a cup of tea, ten minutes under a blanket.' },
    { id: 'encouragement', title: 'Encouragement', text: 'Talk to yourself like a good friend would: "This is hard, and I can get through it."' },
  ],
  cautions: [],
  source: 'DBT IMPROVE the moment (Linehan); structure per REFERENCE.md',
};
