// SOS mode: SUDS, the pure session state machine, and the episode it produces.
export * from './suds';
export * from './suds-schema';
export * from './types';
export * from './strategies';
export { MOVE_ON_AFTER_MS, CALM_SUDS, startSosSession, applySosEvent, sosReducer, planCanChange } from './machine';
export * from './selectors';
export * from './episode';
