// Spanish: direct first-person statements only (the issue asks for direct statements in
// Spanish, French and German). Accents are folded by the normaliser ("ojalá" → "ojala").
// First-person verb forms carry the subject, so these rules skip the English subject check.
import { rule } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;

export const SPANISH_RULES: RuleSpec[] = [
  rule('es.wish', 'moderate', 'wish', S, `(quiero|quisiera|me quiero|desearia|necesito) morir(me)?|ojala (estuviera|estuviese) muert[oa]|ojala (me muriera|me muera|no despertara|no despierte|no hubiera nacido)|no quiero (vivir|seguir viviendo|seguir|despertar|existir|estar aqui|estar vivo|estar viva)( mas)?|quiero desaparecer( para siempre)?|desearia (estar muert[oa]|no existir|desaparecer)`, { self: true }),
  rule('es.hopeless', 'moderate', 'hopeless', S, `no tengo (razones|razon|motivos|motivo|ganas) (para|de) vivir|(la vida )?no vale la pena (vivir|seguir)|(estoy|me siento) cansad[oa] de vivir|(me siento |estoy )?sin esperanza|no hay salida|(soy|me siento) una carga|(estarian|estarias|estaria|todos estarian) mejor sin mi|la vida no tiene sentido|nada tiene sentido`, { self: true }),
  rule('es.thoughts', 'high', 'thoughts', S, `(quiero|quisiera|necesito|tengo ganas de) (suicidarme|matarme|quitarme la vida)|me quiero (suicidar|matar)|(pienso|pensando|estoy pensando|he pensado|pense) en (suicidarme|matarme|el suicidio|quitarme la vida)|(tengo|he tenido) (pensamientos|ideas) (suicidas|de (suicidio|matarme|quitarme la vida))|me voy a (suicidar|matar|quitar la vida)|voy a (suicidarme|matarme|quitarme la vida)|(estoy|me siento) suicida`, { self: true }),
  rule('es.self-harm', 'high', 'sh-act', 'self_harm', `me (corto|lastimo|autolesiono|hago dano|he cortado|corte|lastime|hice dano)|quiero (cortarme|hacerme dano|lastimarme|autolesionarme)`, { self: true }),
  rule('es.overdose', 'imminent', 'act', S, `(me )?(tome|he tomado|trague|me trague) (todas (las|mis)|un frasco de|una caja de|muchas|\\d+) (pastillas|pildoras|medicinas|medicamentos|tabletas)`, { also: 'medical_emergency', self: true }),
  // A plan with a time and means at hand: each alone is ambiguous, together they score as in English.
  rule('es.means', 'moderate', 'means', S, `tengo (las|mis) (pastillas|pildoras|medicinas|medicamentos|tabletas|cuerda|pistola|navaja) (aqui|conmigo|listas?|preparad[oa]s?)`, { self: true }),
  rule('es.plan', 'none', 'vague-plan', S, `(lo )?(voy a hacer|hare)( lo)? (esta noche|hoy|manana|ahora)|(esta noche|hoy|manana|ahora) lo (voy a hacer|hare)`, { self: true }),
  rule('es.being-harmed', 'high', 'abuse', 'being_harmed', `me (pega|golpea|maltrata|viola|violo|abusa|abuso|amenaza con matarme|quiere matar)`, { self: true }),
  rule('es.harm-others', 'high', 'violence', 'harm_to_others', `(voy a|quiero) matar(lo|la|los|las)|(voy a|quiero) matar a (mi|el|la|ese|esa)`, { self: true }),
];
