// The episode document's schema version, apart from schema.ts (Zod) so that SOS can build an
// episode without shipping Zod (see plan/tier-names.ts).
export const EPISODE_SCHEMA_VERSION = 1 as const;
