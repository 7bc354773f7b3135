// The plan a new account starts from. A few gentle, common entries so the page is not blank;
// the personal sections (warning signs, people, reasons) start empty because only the person
// can fill them. Ids are fixed so two devices that both create a starter plan agree.
import { defaultTiers } from './tiers';
import { PLAN_SCHEMA_VERSION } from './schema';
import type { CrisisPlan } from './schema';

export function starterPlan(): CrisisPlan {
  const sections = {
    copingStrategies: [
      { id: 'starter-coping-breathe', text: 'Slow my breathing down with a breathing exercise' },
      { id: 'starter-coping-walk', text: 'Go for a short walk, even just around the block' },
      { id: 'starter-coping-shower', text: 'Take a warm shower, or splash cold water on my face' },
      { id: 'starter-coping-music', text: 'Put on music that calms me' },
    ],
    distractions: [
      { id: 'starter-distraction-public', kind: 'place' as const, text: 'A café, library or park with people around' },
    ],
    supportContacts: [],
    professionals: [],
    comfortBox: [
      { id: 'starter-comfort-blanket', text: 'Something soft to hold, like a blanket or hoodie' },
      { id: 'starter-comfort-photo', text: 'A photo that makes me smile' },
    ],
  };
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    triggers: [],
    warningSigns: { physical: [], emotional: [], cognitive: [], behavioural: [] },
    ...sections,
    safeEnvironment: [
      // Voluntary and temporary, never "give up": the wording follows lethal-means counselling.
      { id: 'starter-safe-medicines', text: 'Keep only small amounts of medicine at home for now, or keep it locked away' },
      { id: 'starter-safe-hold', text: 'Ask someone I trust to hold on to anything I could hurt myself with, for a while' },
      { id: 'starter-safe-company', text: 'Go somewhere I am not alone' },
    ],
    reasonsForLiving: [],
    tiers: defaultTiers(sections),
  };
}

/** An empty plan (no entries, default tier skeleton): the "before" of a first diff. */
export function emptyPlan(): CrisisPlan {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    triggers: [],
    warningSigns: { physical: [], emotional: [], cognitive: [], behavioural: [] },
    copingStrategies: [],
    distractions: [],
    supportContacts: [],
    professionals: [],
    comfortBox: [],
    safeEnvironment: [],
    reasonsForLiving: [],
    tiers: { mild: [], moderate: [], severe: [], emergency: [] },
  };
}
