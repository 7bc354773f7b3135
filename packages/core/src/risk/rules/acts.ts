// Acts under way and means at the body, said without the textbook words: an overdose felt
// working, a blade held to the wrist, a car running in a closed garage, a purchase followed by
// "I'm going to use it tonight". Also plain statements that the person is not safe with
// themselves. Levels follow the ladder: behaviour under way is imminent; means at hand is
// read with context (see score.ts).
import { ADV, END, G } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;
const ME = 'medical_emergency' as const;

export const ACT_RULES: RuleSpec[] = [
  {
    id: 'suicide.act.means-to-body', level: 'imminent', family: 'act', category: S, self: true,
    anchors: "got have holding pressing pushing i'm",
    src: `(?:i've got|i have|i've|got|i'm holding|holding|i'm pressing|pressing|i'm pushing|pushing) (?:a |the |my |his |dad's |my dad's )?(?:knife|blade|razor|gun|pistol|rifle|rope|belt|noose|cord|bag|barrel) (?:to|against|around|on|over|in) my (?:wrists?|throat|neck|head|temple|chest|mouth|skin)(?= (?:[.?,] |$|right now|now|and|as i))|(?:the )?(?:rope|noose|belt|cord) (?:is )?(?:around|round|on) my neck`,
    overrides: ['suicide.attempt.aborted', 'suicide.means'],
  },
  {
    id: 'suicide.act.wrists', level: 'imminent', family: 'act', category: S, also: ME, self: true,
    anchors: 'slit slash',
    src: `(?:i |i've |i just |just |i have )?(?:slit|slashed) my (?:wrists?|throat|arms?)`,
    overrides: ['self_harm'],
  },
  {
    id: 'suicide.act.exhaust', level: 'imminent', family: 'act', category: S, also: ME, self: true,
    anchors: "i'm sitting car engine garage",
    src: `(?:i'm|i am|sitting) ${ADV}(?:sitting )?in (?:my|the) car ${G(4)}garage ${G(4)}(?:engine|car|motor) (?:is )?(?:running|on|idling)|(?:engine|car|motor) (?:is )?(?:running|on|idling) ${G(3)}(?:closed|shut|locked|sealed) garage|(?:closed|shut|locked|sealed) (?:the )?garage ${G(5)}(?:engine|car|motor) (?:is )?(?:running|on|idling)`,
  },
  {
    // "I can feel the pills kicking in": nothing alone (a sleeping tablet working), high after
    // distress, imminent after ideation (means family, see score.ts).
    id: 'suicide.means.pills-working', level: 'none', family: 'means', category: S, self: true,
    anchors: 'pills meds tablets start began begun kick bath tub',
    src: `(?:the |my |those |these )?(?:pills|meds|tablets) (?:are |is )?(?:kicking in|taking effect|starting to work)|(?:started|starting|begun|began) (?:taking|swallowing) (?:them|the pills|all the pills|all my pills|all of them)(?= (?:[.?,] |$|now|one by one|already))|(?:in|into) the (?:bath|tub|bathtub) with (?:a|the|my) (?:razor|blade|knife|pills|toaster|hairdryer)`,
  },
  {
    // "I'm going to use it tonight" after a purchase: vague alone (vague-plan family).
    id: 'suicide.vague-plan.use-it', level: 'none', family: 'vague-plan', category: S, self: true,
    anchors: "going gonna use picked chose take swallow",
    src: `(?:i'm going to|going to|gonna|i'll|i will|i plan to) (?:use (?:it|them)|take (?:them|it) all|take all of them|swallow (?:them|it) all)(?= (?:[.?,] |$|tonight|today|soon|now|this weekend|tomorrow|on myself|at once))|(?:i've|i have) (?:picked|chosen|found) (?:the|a) (?:spot|place|day|date|bridge|building)${END}`,
  },
  {
    id: 'suicide.intent.ending-it', level: 'high', family: 'intent', category: S,
    anchors: "i'm ending",
    src: `(?:i'm|i am) ${ADV}ending (?:it|it all|things|my life|everything)(?= (?:[.?,] |$|tonight|today|now|soon|this weekend|tomorrow|for good|honestly|i'm done))`,
  },
  {
    id: 'suicide.thoughts.not-safe-plain', level: 'high', family: 'thoughts', category: S, self: true,
    anchors: "i'm not safe trust keep bad stupid myself",
    src: `(?:i'm|i am|i don't feel|i do not feel) ${ADV}not safe${END}|(?:i )?(?:don't|do not|can't) trust myself (?:tonight|right now|anymore|alone|around (?:pills|knives|the \\S+|my \\S+)|not to)|(?:don't|do not) know how (?:much )?long(?:er)? i can (?:keep myself safe|stay safe|hold on|resist)|(?:going to|gonna|about to|might|will) do something (?:bad|stupid|dangerous|terrible|drastic) to myself|(?:i'm|i am) (?:a danger|dangerous) to myself`,
  },
  {
    id: 'suicide.wish.own-funeral', level: 'moderate', family: 'wish', category: S, self: true,
    anchors: 'imagin pictur think planning plan',
    src: `(?:imagine|imagining|picture|picturing|keep thinking about|thinking about|daydream about|daydreaming about) ${ADV}(?:my own|my) (?:funeral|death|grave|obituary)`,
  },
  {
    id: 'suicide.intent.planning-suicide', level: 'high', family: 'intent', category: S, self: true,
    anchors: 'plan',
    src: `(?:planning|plan|planned|plotting) (?:out )?(?:my own|my) (?:suicide|death|exit|attempt)`,
    overrides: ['suicide.mention'],
  },
  {
    id: 'self_harm.act.fresh-marks', level: 'high', family: 'sh-act', category: 'self_harm',
    anchors: 'fresh new deep cuts burns',
    src: `(?:fresh|new|deep|bleeding) (?:cuts|burns|wounds|scratches) (?:on|all over|across|up) my (?:arms?|wrists?|thighs?|legs?|stomach|hips?|skin|body)`,
  },
  {
    id: 'self_harm.act.hiding-marks', level: 'moderate', family: 'sh-act', category: 'self_harm',
    anchors: 'hide hiding hid cover wear wearing',
    src: `(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:my |the )?(?:fresh |new )?(?:scars|cuts|marks|wounds|burns) (?:on my (?:arms?|wrists?|thighs?|legs?|stomach|hips?)|from (?:everyone|my \\S+|people|them)|with (?:long sleeves|hoodies|bracelets|bandages|makeup))|(?:wear|wearing) (?:long sleeves|hoodies|jumpers|sweaters|a hoodie|bracelets|bandages) ${G(3)}(?:to )?(?:hide|cover) (?:my )?(?:arms|wrists|scars|cuts|marks|thighs)`,
  },
  {
    id: 'self_harm.urge.thinking', level: 'high', family: 'sh-urge', category: 'self_harm',
    anchors: 'think thought miss missing crav crave',
    src: `(?:thinking|thought|keep thinking) (?:about|of) ${ADV}(?:cutting|self harming|hurting myself|harming myself|burning myself)(?= (?:[.?,] |$|again|tonight|today|right now|myself))|(?:miss|missing|crave|craving) (?:cutting|self harm|self harming|hurting myself|burning myself|the feeling of (?:cutting|the blade)|seeing (?:the )?blood)`,
  },
  {
    id: 'self_harm.act.relapse', level: 'high', family: 'sh-act', category: 'self_harm',
    anchors: 'relaps after',
    src: `relaps(?:ed|ing) ${G(5)}(?:cut|cutting|cuts|sh|self harm|self harming|blade|razor|burned|burning|scratched|scratching)|(?:cut|cutting|sh|self harm|self harming|blade|burning) ${G(5)}relaps(?:ed|ing|e)|after (?:being|staying) (?:sh |self harm |cutting )?(?:clean|free) ${G(6)}(?:cut|relapsed|did it again|hurt myself|burned myself|sh)`,
  },
];
