// German: direct first-person statements. Umlauts fold to the plain vowel ("möchte" →
// "mochte", "wäre" → "ware") and ß to "ss".
import type { RuleSpec } from './types';

const S = 'suicide' as const;

export const GERMAN_RULES: RuleSpec[] = [
  {
    id: 'de.wish', level: 'moderate', family: 'wish', category: S, self: true,
    anchors: 'will mochte wurde wunschte wunsche sterben leben tot verschwinden lebensmude',
    src: `ich (?:will|mochte|wurde gerne|wurde lieber) (?:sterben|tot sein|verschwinden|einschlafen und nicht mehr aufwachen)|ich (?:will|mochte) nicht mehr (?:leben|aufwachen|da sein|existieren)|ich (?:wunschte|wunsche mir)(?: ,)? ich (?:ware|waere) tot|ich bin lebensmude|lebensmude`,
  },
  {
    id: 'de.hopeless', level: 'moderate', family: 'hopeless', category: S, self: true,
    anchors: 'keinen keine sinn hoffnung hoffnungslos last besser',
    src: `(?:das leben hat )?keinen sinn mehr(?: zu leben)?|keine hoffnung mehr|(?:ich bin|ich fuhle mich) (?:so )?hoffnungslos|ich bin (?:nur )?eine last|ohne mich (?:waren|ware) (?:alle|sie|es) besser dran`,
  },
  {
    id: 'de.thoughts', level: 'high', family: 'thoughts', category: S, self: true,
    anchors: 'will mochte bringe bring werde denke selbstmord suizid',
    src: `ich (?:will|mochte|werde) mich (?:umbringen|toten|das leben nehmen)|ich (?:bringe|bring) mich (?:\\S+ ){0,3}um|ich denke (?:oft |standig |viel )?(?:an selbstmord|an suizid|daran mich umzubringen|daran mich zu toten)|(?:selbstmordgedanken|suizidgedanken|suizidale gedanken)|ich bin suizidal`,
  },
  {
    id: 'de.self-harm', level: 'high', family: 'sh-act', category: 'self_harm', self: true,
    anchors: 'ritze verletze will selbstverletz',
    src: `ich (?:ritze|verletze|schneide) mich|ich (?:will|mochte) mich (?:ritzen|verletzen|schneiden)|selbstverletzung`,
  },
  {
    id: 'de.overdose', level: 'imminent', family: 'act', category: S, also: 'medical_emergency', self: true,
    anchors: 'habe genommen geschluckt',
    src: `ich habe (?:alle|\\d+|eine (?:ganze )?packung|viele|zu viele) (?:meine |meiner )?(?:tabletten|pillen|medikamente)(?: genommen| geschluckt)?`,
  },
  {
    id: 'de.being-harmed', level: 'high', family: 'abuse', category: 'being_harmed', self: true,
    anchors: 'schlagt schlaegt bedroht vergewaltigt umbringen',
    src: `(?:er|sie|mein \\S+|meine \\S+) (?:schlagt|schlaegt|bedroht|vergewaltigt) mich|(?:er|sie) will mich umbringen|(?:er|sie) hat mich (?:vergewaltigt|geschlagen)`,
  },
  {
    id: 'de.harm-others', level: 'high', family: 'violence', category: 'harm_to_others', self: true,
    anchors: 'bringe will umbringen',
    src: `ich (?:bringe|bring) (?:ihn|sie) um|ich (?:will|werde) (?:ihn|sie) (?:umbringen|toten)`,
  },
];
