// Facilitation-seeking: questions about lethality and means. A question about how lethal
// something is counts as `moderate` on its own, in any framing (asking for a friend, a story,
// research); a neutral-looking means question (tallest bridges, when the express train passes,
// where to buy rope) counts only when the conversation shows distress or risk, and then as
// `high` (see score.ts). This is the pattern behind public chatbot failures where a job loss
// followed by a question about tall bridges got a list of bridges.
import { END, G } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;

const LETHAL =
  "(?:dangerous|too much|too many|harmful|kill|kills|killed|killing|be lethal|lethal|be fatal|fatal|be deadly|deadly|die|dies|died|dying|death|overdose|od|stop (?:my|your|a|the|someone's|his|her) heart|never wake up|not wake up|cause death|end (?:it|my life|a life|your life)|unsurvivable|certain death|instant death|guarantee death|be enough)";
const STRONG_MEANS =
  "(?:pills?|tablets?|meds|medication|overdose|overdosing|tylenol|paracetamol|acetaminophen|ibuprofen|aspirin|insulin|sleeping pills|painkillers?|opioids?|fentanyl|heroin|xanax|benadryl|fall|falls|falling|jump|jumping|height|floors?|stor(?:y|ies|eys?)|bridge|building|roof|cliff|train|trains|crash|collision|gun|guns|gunshot|bullet|shot|hanging|hanged|rope|noose|bleach|antifreeze|poison|cyanide|carbon monoxide|exhaust|helium|drowning|cold water|freezing water|hypothermia|cutting|cut|wrists?|veins?|arteries|artery|\\d+ (?:floors|stories|storeys|feet|ft|meters|metres|m|mph|kmh))";
const STRUCTURE =
  '(?:bridges?|buildings?|towers?|cliffs?|roofs?|rooftops?|parking (?:garages?|structures?|decks?)|overpass(?:es)?|dams?|skyscrapers?|observation decks?|viewpoints?|ledges?|balcon(?:y|ies)|multi storey car parks?|car parks?)';

export const FACILITATION_RULES: RuleSpec[] = [
  // ── lethality questions: moderate alone ──────────────────────────────────────────────
  {
    id: 'facilitation.lethality.quantity', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: 'how what',
    src: `how many ${G(3)}(?:pills|tablets|capsules|meds|of (?:my|these|those|the) (?:\\S+ )?(?:pills|tablets|meds)) ${G(1)}(?:would|does|will) it take${END}|(?:how many|how much|what amount of|what number of|what dose of|what dosage of|how many mg of|how much mg of|how many grams of) ${G(5)}(?:would|will|does it take to|do you need to|do i need to|to|is|are|can|could|it takes to|it would take to|would it take to|until|before it|before you|needed to|is needed to|is enough to|are enough to|would be enough to) ${G(3)}${LETHAL}`,
  },
  {
    id: 'facilitation.lethality.dose', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: 'lethal fatal deadly toxic kill overdose od',
    src: `(?:lethal|fatal|deadly|toxic|killing|overdose|od) (?:dose|doses|dosage|amount|amounts|level|levels|quantity|limit|threshold)(?! (?:for|to|in) (?:cats?|dogs?|pets?|puppies|kittens|birds?|horses?))`,
  },
  {
    id: 'facilitation.lethality.survive', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: 'surviv die kill fatal lethal deadly death chance odds if overdos od',
    src: `(?:can|could|would|will|do|does|did|is it possible to|is it possible for (?:a person|someone|you|me|anyone) to|what are the chances (?:of|that)|what are the odds (?:of|that)|chance of|chances of|odds of) ${G(3)}(?:die|dying|survive|surviving|be killed|get killed|bleed out|drown|death) ${G(4)}${STRONG_MEANS}|(?:survival rate|survivability|chance of surviving|chances of surviving|odds of surviving|survivable|fatality rate|death rate|kill you|kill a person|kill someone|instantly fatal|always fatal|usually fatal) ${G(5)}${STRONG_MEANS}|if (?:someone|you|a person|somebody|i|people|he|she) ${G(2)}(?:jumped|jumps|jump|fell|falls|fall|crashed|crash|crashes|drove|stepped) ${G(8)}(?:would|will|could|do|does|can|did) (?:they|you|he|she|i|it|people|someone|a person) (?:make it|survive|live|die|be dead|be killed)|(?:can|could|do|does|would|will) (?:you|i|someone|a person|people|one) ${G(1)}(?:overdose|od) (?:on|from|with) ${G(2)}(?:\\S+)`,
  },
  {
    id: 'facilitation.lethality.survive-after', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false, question: true,
    anchors: 'fall jump crash collision train hanging drown overdos gunshot bullet cold bleach antifreeze carbon exhaust pill tylenol paracetamol insulin',
    src: `(?:fall|falls|falling|jump|jumping|crash|collision|train|hanging|drowning|overdose|overdosing|gunshot|bullet|cold water|bleach|antifreeze|carbon monoxide|exhaust|pills|tylenol|paracetamol|insulin) ${G(9)}(?:survive|survivable|unsurvivable|not survivable|fatal|lethal|deadly|kill you|kill a person|kill someone|be enough to die|instant death|certain death)`,
  },
  {
    id: 'facilitation.lethality.height', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: 'how what',
    src: `(?:how|what) (?:high|tall|far|big|many (?:floors|stories|storeys|feet|meters|metres)|height) ${G(7)}(?:to die|to kill|to be fatal|to be lethal|is fatal|is lethal|would kill|will kill|kill you|kill someone|kill a person|die|survive|survivable|guarantee|guaranteed|instant death|certain death|deadly|lethal|fatal)`,
  },
  {
    id: 'facilitation.lethality.time-to-die', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: 'how',
    src: `how long (?:can|could|would|does|do) (?:you|someone|a person|people|i) (?:survive|last|stay alive) (?:in|underwater|without)|(?:how long|how fast|how quickly|how many minutes|how many seconds|how many hours) ${G(6)}(?:to die|to bleed out|bleed out|to drown|drown|to suffocate|suffocate|until (?:you|death|i|someone|they) (?:die|dies|pass out|lose consciousness)|before (?:you|i|someone|death|they) (?:die|dies|pass out|lose consciousness|black out)|to lose consciousness|death|to kill|kill you|to take effect and kill)`,
  },
  {
    id: 'facilitation.lethality.hurt', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false, question: true,
    anchors: "hanging drowning overdos bleeding jumping gunshot slitting dying carbon",
    src: `(?:does|do|would|will|is) (?:hanging|drowning|overdosing|bleeding out|jumping|an overdose|a gunshot|slitting (?:your|my) wrists|dying from an overdose|carbon monoxide) ${G(3)}(?:hurt|painful|quick|fast|work|instant|peaceful|painless)`,
  },
  {
    id: 'facilitation.lethality.painful', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: "painful quick fast peaceful painless dangerous deadly lethal fatal toxic overdose",
    src: `(?:is it|would it be|is it really|how) (?:painful|quick|fast|peaceful|painless) (?:to|if you) (?:drown|hang|bleed out|overdose|die by|die from|jump|freeze|suffocate)|(?:which|what) ${G(3)}(?:meds|medications?|medicines?|pills|drugs) ${G(4)}(?:dangerous|deadly|lethal|fatal) (?:in|at) (?:large|high|big) (?:amounts|doses|quantities)|(?:maximum|max|most) ${G(6)}(?:before|until) (?:it|it's|it becomes|they become|you) ${G(1)}(?:dangerous|deadly|lethal|fatal|toxic|overdose)`,
  },
  {
    id: 'facilitation.lethality.noose', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: 'how steps instruction noose hangman',
    src: `(?:how (?:to|do you|do i|can i|would you|would i|does one)|steps to|instructions? (?:for|to|on)|tutorial (?:for|on)) (?:tie|make|knot|build|tying|making) (?:a |the )?(?:noose|hangman's knot|hangmans knot|hanging knot)`,
  },
  {
    id: 'facilitation.lethality.cut-deep', level: 'moderate', family: 'lethality', category: 'self_harm', self: true, negatable: false,
    anchors: 'where which what how',
    src: `(?:where|which|what|how deep) ${G(4)}(?:artery|arteries|vein|veins|wrist|wrists|jugular|femoral) ${G(4)}(?:cut|slice|slit|bleed|fatal|lethal|die|kill|deep|bleeding)|how deep ${G(4)}(?:cut|slice|slit)`,
  },
  {
    id: 'facilitation.lethality.cold-water', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: 'how what water temperature temp cold',
    src: `(?:how cold|what temperature|water temperature|temperature of the water|temp of the water|cold enough|temperature) ${G(6)}(?:die|kill|hypothermia|survive|fatal|lethal|drown|pass out|unconscious|cold shock|heart stop)`,
  },
  {
    id: 'facilitation.lethality.poison', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: 'what which how',
    src: `(?:what|which|how much|what kind of) ${G(4)}(?:poison|poisons|chemical|chemicals|household (?:products?|chemicals?|cleaners?)|cleaning products?|bleach|antifreeze|gas|gases|mushrooms?|substances?|drugs?) ${G(5)}(?:kill|lethal|fatal|deadly|die|death|painless|to end it)(?! (?:for|to|in) (?:cats?|dogs?|pets?|puppies|kittens|birds?|horses?|rats|mice|bugs|insects|weeds|plants|mold|bacteria|germs))`,
  },
  {
    id: 'facilitation.lethality.gun-fast', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: 'where how',
    src: `(?:where|how) (?:can|do|could|would|should|to|might|is it possible to) (?:i |someone |you |people |one |a person )?(?:usually |normally |even |actually )?(?:buy|get|obtain|find|purchase|borrow|get hold of|get my hands on) (?:a |an |some )?(?:gun|handgun|pistol|firearm|revolver|rifle|shotgun|bullets|ammo) ${G(3)}(?:fast|quick|quickly|today|tonight|now|right now|without (?:a )?(?:background check|license|licence|permit|waiting period|id|questions|anyone knowing)|no questions asked|illegally|off the books|same day)`,
  },
  {
    id: 'facilitation.lethality.what-happens', level: 'moderate', family: 'lethality', category: S, self: true, negatable: false,
    anchors: 'what happens',
    src: `what (?:happens|would happen|will happen) (?:if|when) (?:you|i|someone|a person|one) (?:take|takes|took|swallow|swallows|swallowed|drink|drinks|drank|overdose|overdoses|mix|mixes) ${G(1)}(?:\\d+|a lot of|lots of|all|too many|a whole bottle|a bottle|the whole bottle|an entire bottle|a handful|a bunch|bleach|antifreeze|alcohol and|pills and)`,
  },

  // ── neutral means questions: none alone, high after distress ────────────────────────
  {
    id: 'facilitation.means-query.heights', level: 'none', family: 'means-query', category: S, self: true, negatable: false, question: true,
    anchors: 'tall high height top drop fall over above any are bridge building tower cliff roof parking overpass dam skyscraper observation viewpoint ledge balcon car',
    src: `(?:tallest|highest|tall|high|height|heights|top|drop|fall|taller than|higher than|over \\d+|above \\d+|more than \\d+) ${G(5)}${STRUCTURE}|how (?:far down|far of a drop|high up|far up|long a drop|big a drop|far it is down) ${G(7)}${STRUCTURE}|${STRUCTURE} ${G(6)}(?:tallest|highest|taller|higher|height|heights|tall|high|\\d+ (?:m|meters|metres|feet|ft|floors|stories|storeys)|over \\d+|above \\d+|access|accessible|open to the public|unlocked|get (?:on|onto|up)|climb|jump|no (?:railing|railings|fence|barrier|barriers|net)|without (?:a )?(?:railing|fence|barrier|net)|(?:don't|doesn't|do not) have (?:a )?(?:railings?|fences?|barriers?|nets?))|(?:roof|rooftop) access|cliffs? (?:near|nearby|around here|close)|(?:any|are there) (?:\\S+ )?cliffs|(?:tallest|highest) (?:point|spot|place|floor|vantage point|lookout|thing|drop)`,
  },
  {
    id: 'facilitation.means-query.trains', level: 'none', family: 'means-query', category: S, self: true, negatable: false, question: true,
    anchors: 'train express freight subway metro rail track',
    src: `(?:trains?|express|freight|subway|metro|railway|railroad|rail|tracks?) ${G(6)}(?:pass|passes|passing|come through|comes through|go through|goes through|don't stop|doesn't stop|do not stop|does it stop|do they stop|non stop|nonstop|without stopping|fastest|speed|how fast|full speed|top speed|tracks?|platform edge|access)|(?:when|what time|how often|how fast) ${G(5)}(?:express|freight|non stop|fast) (?:trains?)|(?:how fast|what speed) ${G(3)}(?:trains?|subway)`,
  },
  {
    id: 'facilitation.means-query.pills', level: 'none', family: 'means-query', category: S, self: true, negatable: false, question: true,
    anchors: 'how strong most best buy get order',
    src: `(?:how many|how much) ${G(3)}(?:pills|tablets|capsules|mg) ${G(3)}(?:in|come in|per) (?:a |one |each )?(?:bottle|pack|packet|box|blister|strip)|(?:strongest|strong|most powerful|best) ${G(2)}(?:sleeping pills?|sleeping tablets?|sleep aids?|sedatives?|painkillers?|opioids?|tranquil[il]i[sz]ers?|benzos?) ${G(4)}(?:over the counter|otc|without (?:a )?prescription|buy|get|online)|(?:buy|get|order) ${G(3)}(?:sleeping pills|painkillers|opioids|benzos|xanax|oxy\\S*|fentanyl|tylenol|paracetamol|barbiturates) ${G(3)}(?:without (?:a )?prescription|in bulk|online|lots of|a lot of|large (?:amounts|quantities))|how many (?:tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|sleeping pills|benadryl|pills) ${G(4)}(?:at once|at one time|is too many|too many|max|maximum)|how (?:much|many) (?:of )?(?:my |the |these |those )?(?:\\S+ )?(?:pills|tablets|meds|medication|medicine|antidepressants?|sleeping pills|painkillers|insulin|tylenol|paracetamol) (?:would|is|are|will) (?:be )?too (?:much|many)`,
  },
  {
    id: 'facilitation.means-query.weapons', level: 'none', family: 'means-query', category: S, self: true, negatable: false, question: true,
    anchors: 'where how gun firearm pistol nearest closest open unlock get crack take borrow easiest quickest fastest cheapest',
    src: `(?:where|how) (?:can|do|could|would|should|to) (?:i |you )?(?:buy|get|obtain|find|purchase|borrow) (?:a |an |some )?(?:gun|handgun|pistol|firearm|revolver|rifle|shotgun|bullets|ammo)|(?:easiest|quickest|fastest|cheapest) (?:way|place) to (?:buy|get|obtain|find) (?:a |an |some )?(?:gun|handgun|pistol|firearm|revolver|rifle|shotgun|bullets|ammo)|(?:gun|firearm|pistol) (?:shops?|stores?|ranges?|dealers?) ${G(3)}(?:open|near me|nearby|close)|(?:nearest|closest) (?:gun|firearm|pistol) (?:shop|store|dealer|range)|(?:open|unlock|get into|get (?:the )?code (?:to|for)|crack) ${G(3)}gun (?:safe|cabinet|locker)|(?:get|take|borrow) (?:my dad's|my father's|his|her|my mom's|the) (?:gun|pistol|rifle)|how (?:to|do i|do you) (?:load|use|fire|shoot|unlock) (?:a |the |my |dad's |my dad's )?(?:gun|pistol|revolver|rifle|shotgun|gun safe)`,
  },
  {
    id: 'facilitation.means-query.rope', level: 'none', family: 'means-query', category: S, self: true, negatable: false, question: true,
    anchors: 'where how what which rope cord belt scarf beam hook ceiling door knot',
    src: `(?:where|how) ${G(4)}(?:buy|get|find) ${G(3)}(?:rope|ropes|cord|chain)|(?:rope|cord|belt|scarf|beam|hook|ceiling fan|door|rafter|pipe|shower rod|closet rod) ${G(5)}(?:hold|holds|support|supports|strong enough|take|takes) ${G(4)}(?:weight|person|human|body|me|my weight|a man|someone|bodyweight|\\d+ ?(?:kg|kgs|pounds|lbs))|(?:what|which) (?:kind of |type of )?knot ${G(4)}(?:hold|holds|tight|tighten|slip|weight)`,
  },
  {
    id: 'facilitation.means-query.water', level: 'none', family: 'means-query', category: S, self: true, negatable: false, question: true,
    anchors: 'how water temperature temp strong current deep',
    src: `(?:how cold|how deep|water temperature|temperature|temp) ${G(4)}(?:river|lake|ocean|sea|bay|water|harbou?r|reservoir|quarry|canal)|(?:how strong|strong) ${G(2)}(?:current|currents|rip)`,
  },
  {
    id: 'facilitation.means-query.crash', level: 'none', family: 'means-query', category: S, self: true, negatable: false, question: true,
    anchors: 'speed fast mph km',
    src: `(?:speed|fast|mph|km) ${G(5)}(?:crash|hit|collision|into (?:a )?(?:wall|tree|pole|barrier))`,
  },
  {
    id: 'facilitation.means-query.gas', level: 'none', family: 'means-query', category: S, self: true, negatable: false, question: true,
    anchors: 'car exhaust carbon charcoal helium',
    src: `(?:car exhaust|exhaust fumes|carbon monoxide|charcoal|helium) ${G(4)}(?:garage|car|room|tent|closed|enclosed|how long|buy|tank|bag)`,
  },
  {
    id: 'facilitation.means-query.poison', level: 'none', family: 'means-query', category: S, self: true, negatable: false, question: true,
    anchors: 'what which household chemical cleaning mix toxic poison',
    src: `(?:what|which) ${G(4)}(?:chemicals?|household (?:products?|chemicals?|cleaners?)|cleaning products?|cleaners|plants|mushrooms|berries) ${G(4)}(?:toxic|poisonous|dangerous|deadly) ${G(3)}(?:mix|mixed|mixing|combine|combined|together|to breathe|to inhale|to swallow|if (?:you|i) (?:drink|swallow|eat|inhale))`,
  },
  {
    id: 'facilitation.means-query.dose', level: 'none', family: 'means-query', category: S, self: true, negatable: false, question: true,
    anchors: 'max maximum highest most',
    src: `(?:max|maximum|highest|most) (?:dose|dosage|amount|number) ${G(3)}(?:of )?(?:my |the |these |this |a )?(?:\\S+ )?(?:pills?|tablets?|meds|medication|medicine|antidepressants?|sleeping pills|painkillers|insulin|tylenol|paracetamol|acetaminophen|ibuprofen|benadryl|xanax|\\S+ (?:i take|i'm on|i have))`,
  },
];
