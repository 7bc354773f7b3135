import { cases } from './types';

const S: ['suicide'] = ['suicide'];
const SH: ['self_harm'] = ['self_harm'];
const SM: ['suicide', 'medical_emergency'] = ['suicide', 'medical_emergency'];
const BH: ['being_harmed'] = ['being_harmed'];

// Direct statements in Spanish, French and German (with and without accents).
export const MULTILINGUAL_CASES = cases('multilingual', [
  // Spanish
  ['Quiero morir', 'moderate', S],
  ['Me quiero morir', 'moderate', S],
  ['Ya no quiero vivir', 'moderate', S],
  ['Ojalá estuviera muerta', 'moderate', S],
  ['No tengo razones para vivir', 'moderate', S],
  ['Soy una carga para mi familia', 'moderate', S],
  ['Quiero suicidarme', 'high', S],
  ['Pienso en matarme todos los días', 'high', S],
  ['Me voy a suicidar esta noche', 'imminent', S],
  ['Me corto los brazos', 'high', SH],
  ['Me tomé todas las pastillas', 'imminent', SM],
  ['Mi esposo me pega', 'high', BH],
  ['No quiero morir', 'low'],
  // French
  ['Je veux mourir', 'moderate', S],
  ['J\'ai envie de mourir', 'moderate', S],
  ['Je ne veux plus vivre', 'moderate', S],
  ['Je suis un fardeau pour tout le monde', 'moderate', S],
  ['Je veux me suicider', 'high', S],
  ['Je vais me tuer', 'high', S],
  ['J\'ai des pensées suicidaires', 'high', S],
  ['Je vais me suicider ce soir', 'imminent', S],
  ['Je me scarifie depuis des mois', 'high', SH],
  ['J\'ai pris toutes mes pilules', 'imminent', SM],
  ['Il me frappe tous les jours', 'high', BH],
  ['Je n\'ai pas envie de mourir', 'low'],
  // German
  ['Ich will sterben', 'moderate', S],
  ['Ich möchte nicht mehr leben', 'moderate', S],
  ['Ich wünschte, ich wäre tot', 'moderate', S],
  ['Ich bin eine Last für alle', 'moderate', S],
  ['Ich will mich umbringen', 'high', S],
  ['Ich denke an Selbstmord', 'high', S],
  ['Ich bringe mich heute Nacht um', 'imminent', S],
  ['Ich ritze mich', 'high', SH],
  ['Ich habe alle Tabletten genommen', 'imminent', SM],
  ['Er schlägt mich', 'high', BH],
  ['Ich habe Suizidgedanken', 'high', S],
  ['Ich will nicht sterben', 'none'],
  ['quiero morirme', 'moderate', S],
  ['ich mochte sterben', 'moderate', S],
]);
