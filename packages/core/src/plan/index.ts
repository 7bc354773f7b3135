// The crisis plan: schema, restore(), starter plan, tiers, diffs, versions.
export * from './schema';
export { PLAN_LIMITS, textLength, totalTextLength, ITEM_ID_PATTERN } from './limits';
export * from './issues';
export * from './restore';
export { planV1Schema, upgradeV1 } from './upgrade-v1';
export type { PlanV1 } from './upgrade-v1';
export * from './starter';
export * from './tiers';
export * from './strategies';
export * from './diff';
export * from './edit';
export * from './version';
export * from './contact-message';
export * from './guide';
export * from './card';
export * from './merge';
