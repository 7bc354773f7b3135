// Crisis lines by region, emergency numbers, and phone links.
export * from './types';
export * from './directory';
export { CRISIS_LINES, EMERGENCY_NUMBERS, FIND_A_HELPLINE } from './lines';
