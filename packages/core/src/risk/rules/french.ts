// French: direct first-person statements. Accents are folded ("disparaître" → "disparaitre");
// elided words stay joined to their apostrophe ("j'ai", "n'ai").
import type { RuleSpec } from './types';

const S = 'suicide' as const;

export const FRENCH_RULES: RuleSpec[] = [
  {
    id: 'fr.wish', level: 'moderate', family: 'wish', category: S, self: true,
    anchors: "veux voudrais j'aimerais aimerais envie marre mourir disparaitre vivre",
    src: `(?:je )?(?:veux|voudrais|j'aimerais|aimerais) (?:mourir|disparaitre|etre morte?|ne pas me reveiller|ne plus me reveiller|ne plus exister)|(?:j'ai )?envie de (?:mourir|disparaitre)|je ne veux plus (?:vivre|exister|me reveiller)|(?:marre|assez) de (?:vivre|la vie)|plus envie de vivre|je n'ai plus (?:envie de vivre|de raison de vivre|la force de vivre)`,
  },
  {
    id: 'fr.hopeless', level: 'moderate', family: 'hopeless', category: S, self: true,
    anchors: 'aucune fardeau seraient sans desespere espoir vie',
    src: `aucune raison de vivre|je suis un fardeau|(?:ils|elles|tout le monde|ma famille) (?:seraient|serait) mieux sans moi|(?:je suis|je me sens) (?:desesperee?|sans espoir)|la vie ne vaut pas la peine(?: d'etre vecue)?|je n'ai plus d'espoir`,
  },
  {
    id: 'fr.thoughts', level: 'high', family: 'thoughts', category: S, self: true,
    anchors: "veux vais envie pense pensees idees j'ai suicid tuer finir foutre",
    src: `(?:je )?(?:veux|vais|voudrais) me (?:suicider|tuer|foutre en l'air)|(?:je )?(?:pense|pense souvent|pense beaucoup) (?:au suicide|a me suicider|a me tuer|a en finir)|(?:pensees|idees) (?:suicidaires|de suicide|noires)|envie de me (?:suicider|tuer)|(?:je )?(?:veux|vais) en finir|(?:je suis|je me sens) suicidaire`,
  },
  {
    id: 'fr.self-harm', level: 'high', family: 'sh-act', category: 'self_harm', self: true,
    anchors: 'scarif coupe fais faire mutil automutil',
    src: `je me (?:scarifie|coupe|mutile|fais du mal|suis scarifiee?|suis coupee?)|(?:veux|envie de|besoin de) me (?:faire du mal|scarifier|couper|mutiler)|automutilation`,
  },
  {
    id: 'fr.overdose', level: 'imminent', family: 'act', category: S, also: 'medical_emergency', self: true,
    anchors: "j'ai pris avale",
    src: `(?:j'ai )?(?:pris|avale) (?:toutes? (?:mes|les)|tous (?:mes|les)|une boite de|une boite entiere de|un tas de|plein de|\\d+) (?:medicaments|cachets|comprimes|pilules)`,
  },
  {
    id: 'fr.being-harmed', level: 'high', family: 'abuse', category: 'being_harmed', self: true,
    anchors: 'frappe bat viole violee menace',
    src: `(?:il|elle|ils|mon \\S+|ma \\S+) me (?:frappe|bat|viole|battent|frappent|menace de me tuer)|(?:il|elle) m'a (?:violee?|frappee?|battue?)`,
  },
  {
    id: 'fr.harm-others', level: 'high', family: 'violence', category: 'harm_to_others', self: true,
    anchors: 'vais veux tuer',
    src: `(?:je )?(?:vais|veux) (?:le|la|les) tuer`,
  },
];
