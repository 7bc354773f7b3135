// Acts under way and means at the body, said without the textbook words: an overdose felt
// working, a blade held to the wrist, a car running in a closed garage, a purchase followed by
// "I'm going to use it tonight". Also plain statements that the person is not safe with
// themselves. Levels follow the ladder: behaviour under way is imminent; means at hand is
// read with context (see score.ts).
import { ADV, END, G, KS, MEDS, METHOD, rule } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;
const ME = 'medical_emergency' as const;

/** Up to n words, crossing commas but not sentences. */
// Someone other than the speaker, and what they are about to do.
const WHO = "(he|she|they|he's|she's|they're|my \\S+( \\S+)?|someone)";
const OTHER_ACT = '(kill (him|her|them)sel(f|ves)|end (his|her|their) life|jump|overdose|hang (him|her|them)sel(f|ves)|take (all )?(his|her|their) (pills|meds))';
const GC = (n: number): string => `([^ .?][^ ]* ){0,${n}}`;

export const ACT_RULES: RuleSpec[] = [
  {
    id: 'suicide.act.means-to-body', level: 'imminent', family: 'act', category: S, self: true,
    src: `(i've got|i have|i've|got|i'm holding|holding|i'm pressing|pressing|i'm pushing|pushing) (a |the |my |his |dad's |my dad's )?(knife|blade|razor|gun|pistol|rifle|rope|belt|noose|cord|bag|barrel) (to|against|around|on|over|in) my (wrists?|throat|neck|head|temple|chest|mouth|skin)(?= ([.?,] |$|right now|now|and|as i))|(the )?(rope|noose|belt|cord) (is )?(around|round|on) my neck`,
    overrides: ['suicide.attempt.aborted', 'suicide.means'],
  },
  {
    id: 'suicide.act.wrists', level: 'imminent', family: 'act', category: S, also: ME, self: true,
    src: `(i |i've |i just |just |i have )?(slit|slashed) my (wrists?|throat|arms?)`,
    overrides: ['self_harm'],
  },
  rule('suicide.act.exhaust', 'imminent', 'act', S, `(i'm|i am|sitting) ${ADV}(sitting )?in (my|the) car ${G(4)}garage (\\S+ ){0,8}(engine|car|motor)('s| is)? (been )?(running|on|idling)|(engine|car|motor) (is )?(running|on|idling) ${G(3)}(closed|shut|locked|sealed) garage|(closed|shut|locked|sealed) (the )?garage ${G(5)}(engine|car|motor) (is )?(running|on|idling)`, { also: ME, self: true }),
  {
    // "I can feel the pills kicking in": nothing alone (a sleeping tablet working), high after
    // distress, imminent after ideation (means family, see score.ts).
    id: 'suicide.means.pills-working', level: 'none', family: 'means', category: S, also: ME, self: true,
    src: `(the |my |those |these )?(pills|meds|tablets) (are |is )?(kicking in|taking effect|starting to work)|(started|starting|begun|began) (taking|swallowing) (them|the pills|all the pills|all my pills|all of them)(?= ([.?,] |$|now|one by one|already))|(in|into) the (bath|tub|bathtub) with (a|the|my) (razor|blade|knife|pills|toaster|hairdryer)`,
  },
  {
    // "I'm going to use it tonight" after a purchase: vague alone (vague-plan family).
    id: 'suicide.vague-plan.use-it', level: 'none', family: 'vague-plan', category: S, self: true,
    src: `(i'm going to|going to|gonna|i'll|i will|i plan to|thinking about|been thinking about|i'm thinking about|thought about) (use (it|them)|using (it|them)|take (them|it) all|take all of them|swallow (them|it) all)(?= ([.?,] |$|tonight|today|soon|now|this weekend|tomorrow|on myself|at once))|(i've|i have) (picked|chosen|found) (the|a) (spot|place|day|date|bridge|building)${END}|(tonight|today|this weekend|tomorrow) (might be|could be|is|'s|will be) (it|the night|the day)${END}`,
  },
  rule('suicide.intent.ending-it', 'high', 'intent', S, `(i'm|i am) ${ADV}ending (it|it all|things|my life|everything)(?= ([.?,] |$|tonight|today|now|soon|this weekend|tomorrow|for good|honestly|i'm done))`),
  rule('suicide.thoughts.not-safe-plain', 'high', 'thoughts', S, `(i'm|i am|i don't feel|i do not feel) ${ADV}not safe${END}|(i )?(don't|do not|can't) trust myself (tonight|right now|anymore|alone|around (pills|knives|the \\S+|my \\S+)|not to)|(don't|do not) know how (much )?long(er)? i can (keep myself safe|stay safe|hold on|resist)|(going to|gonna|about to|might|will) do something (bad|stupid|dangerous|terrible|drastic) to myself|(i'm|i am) (a danger|dangerous) to myself`, { self: true }),
  rule('suicide.wish.own-funeral', 'moderate', 'wish', S, `(imagine|imagining|picture|picturing|keep thinking about|thinking about|daydream about|daydreaming about) ${ADV}(my own|my) (funeral|death|grave|obituary)`, { self: true }),
  rule('self_harm.act.fresh-marks', 'high', 'sh-act', 'self_harm', `(fresh|new|deep|bleeding) (cuts|burns|wounds|scratches) (on|all over|across|up) my (arms?|wrists?|thighs?|legs?|stomach|hips?|skin|body)`),
  rule('self_harm.act.hiding-marks', 'moderate', 'sh-act', 'self_harm', `(hide|hiding|hid|cover|covering|covered) (up )?(my |the )?(fresh |new )?(scars|cuts|marks|wounds|burns) (on my (arms?|wrists?|thighs?|legs?|stomach|hips?)|from (everyone|my \\S+|people|them)|with (long sleeves|hoodies|bracelets|bandages|makeup))|(wear|wearing) (long sleeves|hoodies|jumpers|sweaters|a hoodie|bracelets|bandages) ${G(3)}(to )?(hide|cover) (my )?(arms|wrists|scars|cuts|marks|thighs)`),
  rule('self_harm.urge.thinking', 'high', 'sh-urge', 'self_harm', `(thinking|thought|keep thinking) (about|of) ${ADV}(cutting|self harming|hurting myself|harming myself|burning myself)(?= ([.?,] |$|again|tonight|today|right now|myself))|(miss|missing|crave|craving) (cutting|self harm|self harming|hurting myself|burning myself|the feeling of (cutting|the blade)|seeing (the )?blood)`),
  rule('self_harm.act.relapse', 'high', 'sh-act', 'self_harm', `relaps(ed|ing) ${G(5)}(cut|cutting|cuts|sh|self harm|self harming|blade|razor|burned|burning|scratched|scratching)|(cut|cutting|sh|self harm|self harming|blade|burning) ${G(5)}relaps(ed|ing|e)|after (being|staying) (sh |self harm |cutting )?(clean|free) ${G(6)}(cut|relapsed|did it again|hurt myself|burned myself|sh)`),
  {
    // "I have a bottle of pills in my drawer and I've been thinking about taking all of them".
    id: 'suicide.method.pills-all', level: 'high', family: 'method', category: S, self: true,
    src: `${MEDS} ${GC(12)}(thinking about|thought about|keep thinking about|going to|want to|wanna|gonna|planning to|plan to|tempted to|could just|might) (take|taking|swallow|swallowing|down|downing) (them all|all of them|the (whole|entire) (bottle|lot|box|pack)|every (single )?one)`,
  },
  {
    // "I took them all" / "I've taken them": what was taken is named in an earlier turn, so
    // it is read like means: nothing alone, high after distress, imminent after ideation.
    id: 'suicide.means.took-them-all', level: 'none', family: 'means', category: S, also: ME, self: true,
    src: `(i |i've |i have |i just |just )?(took|swallowed|taken|downed) (them all|all of them|the lot|every one|every single one|them|it all)(?= ([.?,] |$|already|now|just now|at once))|(bath|tub) ${G(4)}(running|filling|full|ready) ${G(4)}(razor|blade|knife|pills|toaster|hairdryer)`,
  },
  rule('medical.alcohol-pills', 'moderate', 'medical', ME, `(drank|drunk|been drinking|had) ${G(4)}(and|then|plus) (i )?(took|swallowed|popped) ${G(2)}(pills|tablets|meds|sleeping pills|painkillers|xanax|benzos)|(took|swallowed|popped) ${G(2)}(pills|tablets|meds|sleeping pills|painkillers|xanax|benzos) (and|then|with|on top of) ${G(2)}(drank|alcohol|vodka|wine|beer|whiskey|a bottle)`, { self: true }),
  {
    // Someone else about to act: the emergency number comes first, whoever it is. The id starts
    // with "third-party." so the companion can word its reply for a bystander.
    id: 'third-party.about-to-act', level: 'imminent', family: 'act', category: S, also: ME, self: true, negatable: false,
    src: `${WHO} ${G(4)}(is |are |'s |'re |keeps |just )?(threatening|about|trying) to ${OTHER_ACT}(?= ([.?,] |$|tonight|now|right now|today|off|from|and))|${WHO} ${G(5)}going to ${OTHER_ACT}(?= ([.?,] |$|tonight|now|right now|today|this weekend|and|if|off (the |a )?(bridge|building|cliff|balcony)))`,
    overrides: ['suicide.third-party', 'suicide.method', 'suicide.thoughts', 'suicide.intent'],
  },
  rule('suicide.farewell.sorry-love', 'high', 'farewell', S, `(i'm|i am) (so )?sorry for (everything|all of it|being (like this|a burden|me)|what i'm about to do|what i'm going to do)( [^ ]+){0,15} (goodbye|bye|i love (you|you all|you guys|everyone|all of you)|please (forgive|don't hate) me)`, { self: true }),
  rule('suicide.farewell.bare', 'none', 'farewell', S, `(?<=^ )(goodbye|bye|farewell)( (everyone|all|world|forever|everybody))?(?= ([.?,] )*$)|(i'm|i am) (so )?sorry for everything${END}|(i've|i have) made my (decision|choice)${END}|(i )?feel (so )?(calm|at peace|peaceful) (now )?(that|since|because) (i've|i have|i) (decided|made (up my mind|my decision|a decision)|know what i'm (going to|gonna) do)|nothing (can|will) stop me (now|this time)|(don't|do not) (try to )?stop me${END}|(writing|wrote|finished|finishing) my (note|notes|letter|letters)(?= ([.?,] |$|now|tonight|to))|(i'll|i will) be gone (by|before) (morning|tomorrow|the morning|tonight|sunrise|the weekend)`, { self: true }),
  rule('suicide.intent.time-first', 'high', 'intent', S, `(tonight|today|tomorrow|now|this weekend|this is the night) (i|i'll|i will|i'm going to|is when i) (end|finish|do) (it|it all|this|things|my life)(?= ([.?,] |$|for good))|(i'll|i will) be dead (by|before) (morning|tomorrow|the morning|tonight|sunrise|the weekend)`, { self: true }),
  {
    // An attempt that has just happened needs the emergency response, not a history question.
    id: 'suicide.act.just-tried', level: 'imminent', family: 'act', category: S, also: ME, self: true,
    src: `(i )?just (tried|attempted) (to )?${ADV}(${KS}|${METHOD})|(tried|attempted) (to )?${ADV}(${KS}|${METHOD}) (just now|tonight|an hour ago|a few minutes ago|minutes ago|earlier tonight|this evening)|(i )?(just )?(attempted|tried)( it| again)? (tonight|just now|an hour ago|minutes ago)${END}`,
    overrides: ['suicide.attempt', 'suicide.thoughts', 'suicide.method'],
  },
  rule('suicide.attempt.method-done', 'high', 'attempt', S, `(i )?(hung|hanged|shot|stabbed|gassed) myself|i jumped (off|from|in front of) ${G(4)}(and|but) (i )?(survived|broke|woke up|lived|landed|hurt)|i jumped and (broke|hurt|landed|survived)`, { self: true }),
];
