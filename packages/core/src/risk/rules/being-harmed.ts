// Being harmed: abuse, threats and violence toward the person. Idioms such as "my mum is going
// to kill me when she sees this" are masks in idioms.ts; "being told to kill myself" is
// bullying, not ideation, so that rule replaces the suicide match on the same words.
import { ADV, G, RELATION, rule } from './macros';
import type { RuleSpec } from './types';

const BH = 'being_harmed' as const;

/** Someone who could be harming the person (also used by acute.ts). */
export const PERP = `(he|she|they|he's|she's|they're|my (\\S+ )?${RELATION}|someone|somebody|a (man|guy|woman|stranger|boy|girl)|this (guy|man|person|woman)|people|the (guy|man|men|kids|boys|girls|other kids))`;
const PHYSICAL =
  '(hits|hit|hitting|beats|beat|beating|beaten|punches|punched|punching|kicks|kicked|kicking|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|strangling|abuses|abused|abusing|rapes|raped|raping|molests|molested|molesting|assaults|assaulted|assaulting|burns|burned|threatens|threatened|threatening|stalks|stalked|stalking|pushes|pushed|shoves|shoved|(throws|threw) (things|stuff) at|drags|dragged|locks|locked|grabbed|grabs|bruised|bruises|strangle|choke|rape|attack|attacked|attacks|touched|touches|touching)';

export const BEING_HARMED_RULES: RuleSpec[] = [
  rule(':physical', 'high', 'abuse', BH, `${PERP} ${ADV}(is |are |was |were |keeps |kept |has been |have been |'s |'re |still |always )?(${PHYSICAL}) me(?! (up|back|a (message|text|letter|line)|on the shoulder|on the arm|gently))`, { self: true }),
  rule(':hurts-me', 'moderate', 'abuse', BH, `${PERP} ${ADV}(hurts|hurt|hurting) me(?! (feelings|emotionally|by (saying|leaving|ignoring|lying)|so much when|when (he|she|they) (left|said)))`, { self: true }),
  // A threat made conditional on a call for help ("if anybody calls the police he's going to
  // hurt us"); that form leaves "kill" out, as "if I'm late she'll kill me" is a joke about parents.
  rule(':threat', 'high', 'abuse', BH, `${PERP} ${ADV}(said|says|told me|tells me|threatened|threatens|keeps saying|kept saying|swore|swears|texted|wrote|screaming|yelling|shouting) (that )?(he|she|they|he's|she's|they're)('ll| will|'d| would| is going to| was going to| are going to| were going to| going to)? ${ADV}(kill|hurt|beat|shoot|stab|hit|end|strangle|find|burn) (me|us)|${PERP} (said|says|told me|threatened) if ${G(6)}(he|she|they|he's|she's|they're)( will|'ll| going to)? (hurt|beat|hit|shoot|stab) (me|us)|threaten(ed|s|ing)? to (kill|hurt|shoot|stab|beat|hit) me|if i (try to )?leave (he|she|they)('ll| will| would) (kill|hurt) me|(death threats?|threatening to kill me)`, { self: true }),
  rule(':victim', 'high', 'abuse', BH, `(i'm|i am|i've been|i was|was|been|being|got|getting|i get|i keep getting) (being )?(sexually )?(abused|raped|molested|assaulted|beaten|beaten up|trafficked|groomed|choked|strangled|attacked|hit by (my|him|her))(?! (by (a |the )?(ball|wave|car|truck|bus|door)))`),
  rule(':fear', 'high', 'abuse', BH, `(scared|afraid|terrified|frightened|fear) (of what|that)? ?${PERP} ${ADV}(will|'ll|is going to|might|may|could|would|'s going to|are going to)? ?(do to me|kill me|hurt me|hit me|beat me|rape me|find me|come back)|(not|don't feel|never feel|no longer feel|do not feel|isn't|is not|it's not|i'm not) safe (at home|in my (own )?(home|house|room|bed)|with (him|her|them|my \\S+)|around (him|her|them|my \\S+)|there|here)`, { self: true }),
  rule(':going-to-kill-me', 'moderate', 'abuse', BH, `${PERP} ${ADV}(is|'s|are|'re|will|'ll|was|were)? ?(going to|about to|trying to|tried to|wants to) ${ADV}(kill|hurt|beat|shoot|stab) me|(${PERP} (will|'ll|would|'d) ${ADV}(hurt|beat|hit|kill|shoot|stab)|(he|she|they)'ll ${ADV}(hurt|beat|hit)) me(?= ([.?,] |$|if|when|again|for|once))|(someone|somebody|a (man|guy|stranger|car)|he|she|they|this (guy|man|person)) (is |'s |are |has been |keeps )?(following|stalking) me(?= ([.?,] |$|home|right now|again|everywhere|and))`, { self: true }),
  rule(':danger-now', 'high', 'abuse', BH, `${PERP} ${ADV}(is |'s |are |'re )?(outside (my|the) (door|house|room|window|flat|apartment|bedroom)|at (my|the) (door|window)|banging on (my|the) (\\S+ )?(door|window)|breaking (in|down (my|the) door|(my|the) door down|into (my|the) (house|room|flat))|outside with (a|his|her) (knife|gun|weapon)|trying to (get|break) in(to)?|coming (for me|to get me|after me))`, { self: true }),
  rule(':bullied', 'moderate', 'abuse', BH, `(being|getting|got|get|i'm|i am|was|been|i was|i've been) ${ADV}(bullied|harassed|cyberbullied)`),
  {
    id: 'being_harmed.bullied-by', self: true, level: 'moderate', family: 'abuse', category: BH,
    src: `${PERP} ${ADV}(bully|bullies|bullied|harass|harasses|harassed) me|(told|tell|tells|telling|said|keep telling|keeps telling|kept telling|says) me (i should |to )?(go )?(kill myself|die|kill yourself|end it|hang myself|end my life)`,
    overrides: ['suicide.thoughts', 'suicide.wish'],
  },
];
