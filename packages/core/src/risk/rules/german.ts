// German: direct first-person statements. Umlauts fold to the plain vowel ("möchte" →
// "mochte", "wäre" → "ware") and ß to "ss".
import { rule } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;

export const GERMAN_RULES: RuleSpec[] = [
  rule('de.wish', 'moderate', 'wish', S, `ich (will|mochte|wurde gerne|wurde lieber) (sterben|tot sein|verschwinden|einschlafen und nicht mehr aufwachen)|ich (will|mochte) nicht mehr (leben|aufwachen|da sein|existieren)|ich (wunschte|wunsche mir)( ,)? ich (ware|waere) tot|ich bin lebensmude|lebensmude`, { self: true }),
  rule('de.hopeless', 'moderate', 'hopeless', S, `(das leben hat )?keinen sinn mehr( zu leben)?|keine hoffnung mehr|(ich bin|ich fuhle mich) (so )?hoffnungslos|ich bin (nur )?eine last|ohne mich (waren|ware) (alle|sie|es) besser dran|(alle|sie|es) (waren|ware) (ohne mich )?besser dran( ohne mich)?`, { self: true }),
  rule('de.thoughts', 'high', 'thoughts', S, `ich (will|mochte|werde) mich (umbringen|toten|das leben nehmen)|ich (bringe|bring) mich (\\S+ ){0,3}um|ich denke (oft |standig |viel )?(an selbstmord|an suizid|daran( ,)? mich (umzubringen|zu toten))|(selbstmordgedanken|suizidgedanken|suizidale gedanken)|ich bin suizidal`, { self: true }),
  rule('de.self-harm', 'high', 'sh-act', 'self_harm', `ich habe mich (wieder |absichtlich |selbst )?geritzt|ich habe mich (wieder|absichtlich|selbst) (geschnitten|verletzt)|ich (ritze|verletze|schneide) mich|ich (will|mochte) mich (ritzen|verletzen|schneiden)|selbstverletzung`, { self: true }),
  rule('de.overdose', 'imminent', 'act', S, `ich habe (alle|\\d+|eine (ganze )?packung|viele|zu viele) (meine |meiner )?(\\S*tabletten|pillen|medikamente)( genommen| geschluckt)?`, { also: 'medical_emergency', self: true }),
  rule('de.means', 'moderate', 'means', S, `(\\S*tabletten|pillen|medikamente|der strick|die pistole|die waffe) (liegen|liegt|sind|ist) (schon )?(bereit|hier|vor mir)`, { self: true }),
  rule('de.plan', 'none', 'vague-plan', S, `(heute nacht|heute abend|heute|morgen|jetzt) mache ich schluss(?! mit)|ich mache (heute nacht |heute abend |jetzt )?schluss(?! mit)`, { self: true }),
  rule('de.being-harmed', 'high', 'abuse', 'being_harmed', `(er|sie|mein \\S+|meine \\S+) (schlagt|schlaegt|bedroht|vergewaltigt) mich|(er|sie) will mich umbringen|(er|sie) hat mich (vergewaltigt|geschlagen)`, { self: true }),
  rule('de.harm-others', 'high', 'violence', 'harm_to_others', `ich (bringe|bring) (ihn|sie) um|ich (will|werde) (ihn|sie) (umbringen|toten)`, { self: true }),
];
