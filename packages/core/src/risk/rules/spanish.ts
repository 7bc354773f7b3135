// Spanish: direct first-person statements only (the issue asks for direct statements in
// Spanish, French and German). Accents are folded by the normaliser ("ojalá" → "ojala").
// First-person verb forms carry the subject, so these rules skip the English subject check.
import type { RuleSpec } from './types';

const S = 'suicide' as const;

export const SPANISH_RULES: RuleSpec[] = [
  {
    id: 'es.wish', level: 'moderate', family: 'wish', category: S, self: true,
    anchors: 'quiero quisiera ojala desearia morir muert desaparec vivir despert existir seguir',
    src: `(?:quiero|quisiera|me quiero|desearia|necesito) morir(?:me)?|ojala (?:estuviera|estuviese) muert[oa]|ojala (?:me muriera|me muera|no despertara|no despierte|no hubiera nacido)|(?:ya )?no quiero (?:vivir|seguir viviendo|seguir|despertar|existir|estar aqui|estar vivo|estar viva)(?: mas)?|quiero desaparecer(?: para siempre)?|desearia (?:estar muert[oa]|no existir|desaparecer)`,
  },
  {
    id: 'es.hopeless', level: 'moderate', family: 'hopeless', category: S, self: true,
    anchors: 'no tengo vale cansad esperanza salida carga mejor sentido',
    src: `no tengo (?:razones|razon|motivos|motivo|ganas) (?:para|de) vivir|(?:la vida )?no vale la pena (?:vivir|seguir)|(?:estoy|me siento) cansad[oa] de vivir|(?:me siento |estoy )?sin esperanza|no hay salida|(?:soy|me siento) una carga|(?:estarian|estarias|estaria|todos estarian) mejor sin mi|la vida no tiene sentido|nada tiene sentido`,
  },
  {
    id: 'es.thoughts', level: 'high', family: 'thoughts', category: S, self: true,
    anchors: "suicid matar quitar",
    src: `(?:quiero|quisiera|necesito|tengo ganas de) (?:suicidarme|matarme|quitarme la vida)|me quiero (?:suicidar|matar)|(?:pienso|pensando|estoy pensando|he pensado|pense) en (?:suicidarme|matarme|el suicidio|quitarme la vida)|(?:tengo|he tenido) (?:pensamientos|ideas) (?:suicidas|de (?:suicidio|matarme|quitarme la vida))|me voy a (?:suicidar|matar|quitar la vida)|voy a (?:suicidarme|matarme|quitarme la vida)|(?:estoy|me siento) suicida`,
  },
  {
    id: 'es.self-harm', level: 'high', family: 'sh-act', category: 'self_harm', self: true,
    anchors: 'me quiero corto corte cortarme lastim dano autoles',
    src: `me (?:corto|lastimo|autolesiono|hago dano|he cortado|corte|lastime|hice dano)|quiero (?:cortarme|hacerme dano|lastimarme|autolesionarme)`,
  },
  {
    id: 'es.overdose', level: 'imminent', family: 'act', category: S, also: 'medical_emergency', self: true,
    anchors: 'tome tomado trague',
    src: `(?:me )?(?:tome|he tomado|trague|me trague) (?:todas (?:las|mis)|un frasco de|una caja de|muchas|\\d+) (?:pastillas|pildoras|medicinas|medicamentos|tabletas)`,
  },
  {
    id: 'es.being-harmed', level: 'high', family: 'abuse', category: 'being_harmed', self: true,
    anchors: 'me pega golpea maltrata viola abusa amenaza',
    src: `me (?:pega|golpea|maltrata|viola|violo|abusa|abuso|amenaza con matarme|quiere matar)`,
  },
  {
    id: 'es.harm-others', level: 'high', family: 'violence', category: 'harm_to_others', self: true,
    anchors: 'voy quiero matar',
    src: `(?:voy a|quiero) matar(?:lo|la|los|las)|(?:voy a|quiero) matar a (?:mi|el|la|ese|esa)`,
  },
];
