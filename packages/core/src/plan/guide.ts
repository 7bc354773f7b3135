// The guided editor's steps, in plain language with examples. The order is the Stanley-Brown
// safety plan (REFERENCE.md), with triggers first and the comfort box last; the words are ours.
// Examples are prompts to show greyed out, never saved into anyone's plan.
import type { CrisisPlan } from './schema';

export type PlanEditorSection = Exclude<keyof CrisisPlan, 'schemaVersion' | 'tiers'> | 'tiers';

export interface PlanEditorStep {
  id: string;
  /** Stanley-Brown step number, when the step is one of the six. */
  safetyPlanStep?: 1 | 2 | 3 | 4 | 5 | 6;
  section: PlanEditorSection;
  title: string;
  question: string;
  help: string;
  examples: readonly string[];
}

export const PLAN_EDITOR_STEPS: readonly PlanEditorStep[] = [
  {
    id: 'triggers',
    section: 'triggers',
    title: 'What sets things off',
    question: 'What kinds of situations, times or events tend to make things harder for you?',
    help: 'Knowing your triggers helps you spot a hard moment coming. Write them in your own words.',
    examples: ['Arguments at home', 'Being alone late at night', 'Anniversaries', 'Not sleeping'],
  },
  {
    id: 'warning-signs',
    safetyPlanStep: 1,
    section: 'warningSigns',
    title: 'My warning signs',
    question: 'How do you know a crisis might be starting? Think about your body, feelings, thoughts and what you do.',
    help: 'Signs are easier to catch when they are written the way you would say them.',
    examples: ["Can't sleep", 'Chest feels tight', 'Feeling numb', '"Nothing will ever change"', 'Cancelling plans with friends'],
  },
  {
    id: 'coping',
    safetyPlanStep: 2,
    section: 'copingStrategies',
    title: 'Things I can do on my own',
    question: 'What helps you take your mind off things or calm down, without needing anyone else?',
    help: 'For each one, think about how likely you are to actually do it, and what might get in the way.',
    examples: ['A hot shower', 'Walking the dog', 'Drawing', 'Playing a game on my phone'],
  },
  {
    id: 'distractions',
    safetyPlanStep: 3,
    section: 'distractions',
    title: 'People and places that help me feel better',
    question: 'Who could you spend time with, or where could you go, to be around others for a while?',
    help: 'You do not have to talk about how you feel. Just being around people can help.',
    examples: ['My cousin', 'The gym', 'The coffee shop on the corner', 'A friend from work'],
  },
  {
    id: 'support-contacts',
    safetyPlanStep: 4,
    section: 'supportContacts',
    title: 'People I can ask for help',
    question: 'Who could you tell that you are struggling? What have they agreed to do, and when can you reach them?',
    help: 'Ask them ahead of time. A clear agreement, like "text me, I will call back within ten minutes", makes reaching out easier.',
    examples: ['Mum: call any time', 'Sam: text me and I will call back within 10 minutes'],
  },
  {
    id: 'professionals',
    safetyPlanStep: 5,
    section: 'professionals',
    title: 'Professionals and services',
    question: 'Who can you contact for professional help, including outside office hours?',
    help: 'Add your therapist (and their after-hours number if they have one), your doctor, and the nearest urgent care or emergency department. Crisis lines for your region are added automatically.',
    examples: ['My therapist', 'Out-of-hours doctor', 'City Hospital emergency department'],
  },
  {
    id: 'safe-environment',
    safetyPlanStep: 6,
    section: 'safeEnvironment',
    title: 'Making my surroundings safer',
    question: 'What could make where you are safer while things are hard?',
    help: 'These are your choices, for a while, not forever. For anything you could use to hurt yourself, ask: what would make this safer? Someone you trust can help.',
    examples: ['Keep only a small amount of medicine at home', 'Ask a friend to hold on to something for a while', 'Stay with a friend tonight'],
  },
  {
    id: 'reasons',
    section: 'reasonsForLiving',
    title: 'What matters most to me',
    question: 'What are you living for? What is worth holding on for, even on the hardest day?',
    help: 'Big or small, anything counts. You can add photos to your comfort box too.',
    examples: ['My kids', 'Seeing the ocean again', 'My cat needs me', 'Finishing my course'],
  },
  {
    id: 'comfort-box',
    section: 'comfortBox',
    title: 'My comfort box',
    question: 'What things comfort you? Things you can see, hear, smell, taste or touch.',
    help: 'Some people keep a real box with these things in it.',
    examples: ['A letter from a friend', 'A favourite song', 'Hand cream that smells nice', 'A soft toy'],
  },
  {
    id: 'tiers',
    section: 'tiers',
    title: 'Putting it in order',
    question: 'When distress is mild, moderate, severe or an emergency, what should you try first?',
    help: 'SOS walks you through these in order. Crisis lines and the emergency number always come first in an emergency.',
    examples: [],
  },
];
