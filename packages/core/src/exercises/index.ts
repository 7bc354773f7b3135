// Exercise library: data plus pure timing helpers for the player.
export * from './types';
export * from './catalog';
export * from './timing';
export { breathing478, boxBreathing, pacedBreathing } from './breathing';
export { progressiveMuscleRelaxation } from './muscle-relaxation';
export { grounding54321, bodyScan, stopSkill } from './grounding';
export { tipp, selfSoothe, accepts, improve } from './distress-tolerance';
