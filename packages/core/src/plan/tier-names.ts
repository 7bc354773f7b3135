// The four SOS tiers, in order. Kept apart from schema.ts, which builds Zod schemas when it
// loads: the SOS screen needs the tier names on its first paint and must not ship Zod (the SOS
// route has an 80 KB budget, React included; Zod alone is ~35 KB gz).
export const TIERS = ['mild', 'moderate', 'severe', 'emergency'] as const;
export type Tier = (typeof TIERS)[number];
