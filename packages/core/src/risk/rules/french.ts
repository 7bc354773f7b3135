// French: direct first-person statements. Accents are folded ("disparaître" → "disparaitre");
// elided words stay joined to their apostrophe ("j'ai", "n'ai").
import { rule } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;

export const FRENCH_RULES: RuleSpec[] = [
  rule('fr.wish', 'moderate', 'wish', S, `(je )?(veux|voudrais|j'aimerais|aimerais) (mourir|disparaitre|etre morte?|ne pas me reveiller|ne plus me reveiller|ne plus exister)|(j'ai )?envie de (mourir|disparaitre)|je ne veux plus (vivre|exister|me reveiller)|(marre|assez) de (vivre|la vie)|plus envie de vivre|je n'ai plus (envie de vivre|de raison de vivre|la force de vivre)`, { self: true }),
  rule('fr.hopeless', 'moderate', 'hopeless', S, `aucune raison de vivre|je suis un fardeau|(ils|elles|tout le monde|ma famille) (seraient|serait) mieux sans moi|(je suis|je me sens) (desesperee?|sans espoir)|la vie ne vaut pas la peine( d'etre vecue)?|je n'ai plus d'espoir`, { self: true }),
  rule('fr.thoughts', 'high', 'thoughts', S, `(je )?(veux|vais|voudrais) me (suicider|tuer|foutre en l'air)|(je )?(pense|pense souvent|pense beaucoup) (au suicide|a me suicider|a me tuer|a en finir)|(pensees|idees) (suicidaires|de suicide|noires)|envie de me (suicider|tuer)|(je )?(veux|vais) en finir|(je suis|je me sens) suicidaire`, { self: true }),
  rule('fr.self-harm', 'high', 'sh-act', 'self_harm', `je me (scarifie|coupe|mutile|fais du mal|suis scarifiee?|suis coupee?)|(veux|envie de|besoin de) me (faire du mal|scarifier|couper|mutiler)|automutilation`, { self: true }),
  rule('fr.overdose', 'imminent', 'act', S, `(j'ai )?(pris|avale) (toutes? (mes|les|la boite de)|tous (mes|les)|tout le (flacon|tube) de|une boite de|une boite entiere de|un tas de|plein de|\\d+) (medicaments|cachets|comprimes|pilules)`, { also: 'medical_emergency', self: true }),
  rule('fr.means', 'moderate', 'means', S, `j'ai (les|mes|des) (medicaments|cachets|comprimes|pilules|corde|arme) (ici|devant moi|prets?|pretes?|a cote de moi)`, { self: true }),
  rule('fr.plan', 'none', 'vague-plan', S, `je vais (le faire|passer a l'acte)( (ce soir|cette nuit|aujourd'hui|demain))?|(ce soir|cette nuit|demain) je (vais )?(le faire|le fais|passe a l'acte)`, { self: true }),
  rule('fr.being-harmed', 'high', 'abuse', 'being_harmed', `(il|elle|ils|mon \\S+|ma \\S+) me (frappe|bat|viole|battent|frappent|menace de me tuer)|(il|elle) m'a (violee?|frappee?|battue?)`, { self: true }),
  rule('fr.harm-others', 'high', 'violence', 'harm_to_others', `(je )?(vais|veux) (le|la|les) tuer`, { self: true }),
];
