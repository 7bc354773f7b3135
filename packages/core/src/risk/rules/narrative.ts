// Phrasing families from long, narrative posts: the statement is there, but stretched over
// more words than the tight patterns in suicide.ts allow ("I've been thinking that maybe it's
// time to just end it", "I plan on taking all my pills on Christmas Eve"), put as acceptance
// rather than wish ("I wouldn't mind if I didn't wake up"), or shown as fixation on a means
// ("I keep looking at the bridge"). The wider gaps never cross a clause, a negation or a
// change of person (see GAP), so "I think my friend wants to end it" stays about the friend.
// Kept compact on purpose: the whole detector ships to the browser (budget 60 KB gzipped), and
// the normaliser already folds "dont", "wouldnt", "cant" into their apostrophe forms.
import { ADV, END, G, MEDS, METHOD, METHOD_ING, rule } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;

/** Up to n words inside a clause, none of them a negation or another person. */
const GAP = (n: number): string =>
  `((?!(he|she|they|his|her|their|them|him|we|you|your|someone|people|friend|who|not|never|don't|no|with|but)[ '])[^ .?,][^ ]* ){0,${n}}`;

/** Words of thinking, planning or deciding. */
const THINKW = '(think|thinking|thought|thoughts|consider\\S*|plans?|planning|planned|decided|tempted|idea|ideas|wondering|fantasi[sz]ing|imagining|picturing)';
const LOOKUP = `(${THINKW}|research\\S*|look(ing|ed) (up|into)|read(ing)? about|googl\\S*|search\\S*)`;

/** Killing oneself, without the bare topic word ("thinking about suicide prevention"). */
const SELF_KILL = "(kill|killing|unalive|off|offing) myself|(end|ending|take|taking) my (own )?life|(commit|committing) suicide|(end|ending) (it all|everything|it|things)(?= ([.?,] |$|so|rather|because|before|and|now|soon|tonight|for good|once|already|this|when|after|instead|eventually))|suicide(?= ([.?,] |$|again|a lot|more|lately|every|constantly|for (weeks|months|days|years|a while|ages|the past|the last)))";

/** Taking an amount of medicine, or someone else's. */
const TAKE_MEDS = `tak(e|ing) ((all|both|the rest|a lot|a bunch|lots|the whole \\S+|every one|two months|a month)( of)? (my |the |her |his |them |those )?|her |his |my \\S+'s )(\\S+ ){0,2}${MEDS}|tak(e|ing) (them|it) all`;

/** Means and places people fixate on. */
const MEANS_THING = '((train )?tracks|bridges?|pills|bottle of pills|rope|noose|guns?|rifle|pistol|knife|knives|blade|razor|balcony|ledge|window|river|cliffs?|edge|drop|quarry|overpass|roof|tin|stash)';

export const NARRATIVE_RULES: RuleSpec[] = [
  rule(':ideation.wide', 'high', 'thoughts', S, `${THINKW} ${GAP(7)}(${SELF_KILL})`, { overrides: ['suicide.thoughts', 'suicide.mention'] }),
  rule(':ideation.method-wide', 'high', 'method', S, `${THINKW} ${GAP(6)}(${METHOD}|${METHOD_ING}|${TAKE_MEDS}|driving ${G(4)}(into|off) (a |the )?(\\S+ )?(quarry|river|lake|sea|tree|wall|bridge|cliff|traffic|truck|canal|water)|walking (out )?into (the )?(sea|ocean|river|lake|water|traffic))`, { overrides: ['suicide.method', 'suicide.thoughts', 'suicide.mention'] }),
  rule('.ways-to-go', 'high', 'method', S, `${LOOKUP} (a lot |constantly )?(about |of |into |up )?(ways|methods) to (go|die|do it)(?= ([.?,] |$|that|without|quickly|painlessly))|(easiest|quickest) way would be${END}|which (way|ways) (is|are) (the )?(quickest|easiest)${END}`),
  rule('.fixation', 'high', 'means', S, `(keep|kept|keeps|been|always|can't stop|i) ${ADV}(looking at|staring at|looking down at|thinking about|picturing|holding|touching|counting) (the |my |that |a |the same )?(\\S+ )?${MEANS_THING}(?= ([.?,] |$|a lot|lately|more|for hours|every|again|differently|in my|near|on the way|at work|under|in the|and|but))|(the |my )(balcony|bridge|river|tracks|edge|water|window|ledge|roof|pills|rope) (looks|seems|feels) ${ADV}(inviting|tempting|appealing|peaceful|like (an answer|a way out))`),
  // A means looked at or owned, said plainly: nothing alone; after distress or ideation, or
  // beside "I'm going to do it", it is means at hand (score.ts), and the tracker remembers it.
  rule('.possess', 'none', 'means', S, `(i have|i've got|i got|i bought|i've bought|i brought|i keep|i kept|there's|i'm ${ADV}(looking at|staring at|holding)) (a |the |my |some |enough |\\S+'s |my dads |all my |all the )?(old |service |hunting |whole |full )?(${MEANS_THING}|${MEDS}|revolver|shotgun|firearm|blades|razors|bottle|box|packet)(?= ([.?,] |$|in (my|the|a|with)|under|at home|in the house|loaded|ready|saved|hidden|stashed|here|right here|of them|with me|out there))|(the |my )?(rifle|gun|pistol|shotgun) is (cleaned|loaded|out|ready)`),
  rule('.wouldnt-mind', 'moderate', 'wish', S, `(don't|do not) (feel|have) (any |the )?(desire|will|wish) to (be alive|live|keep living|go on)|(wouldn't|would not|don't|do not) ${ADV}(mind (if ${G(5)}(died|die|dead|took me|hit me|killed me|didn't wake up|never woke up|was gone|disappeared|crashed|went down)|dying|disappearing|not waking up|not existing|being dead)|care (if|whether) i (wake up|live|die|make it|survive|don't wake up|never wake up))|(i'd|i would|it'd|it would) ${ADV}(be )?${ADV}(fine|okay|ok|happy|glad|relieved|at peace|content) (if|with) (i )?${ADV}(never woke up|didn't wake up|died|was gone|wasn't here|not existing|not being here|disappeared|stopped existing)|(pray\\S*|bargain\\S*|beg\\S*|ask\\S*|wish\\S*|hop\\S*|want|waiting for|ready for) ${G(4)}(god|the lord|lord|jesus|the universe|death|he|him) ${G(3)}(to |would |'d )?(take|took|takes) me(?= ([.?,] |$|in my sleep|soon|already|now|home|away|too|first))|(bus|car|truck|train) ${G(4)}hits? me ${G(5)}(relieved|relief|fine|okay|glad|happy|better|good)`, { self: true, negatable: false }),
  rule('.no-reason', 'moderate', 'hopeless', S, `(don't|do not|can't) ${ADV}(see|find|have|feel) (any |a |one )?(reason|point|purpose) (to|in|of|for) (keep (going|living|trying)|living|go(ing)? on|carry(ing)? on|stay(ing)?|be(ing)? (alive|here)|get(ting)? up|wak(e|ing) up|try(ing)?|exist(ing)?|(the )?mornings|any of it)|(had|have had|i've had) enough of (being alive|living|life|existing|being here)${END}|(can't|don't|do not|never) ${ADV}(picture|imagine|see) (myself|me|my future|a future) (at \\d+|past \\d+|in \\S+ years?|next year|getting old|growing old|old|as an adult|making it|reaching \\d+|(being |still )?(around|here|alive) (by|at|past|next|this))|what if i ${ADV}(didn't|stopped|wasn't) ${ADV}(exist\\S*|here|around|alive)${END}|why (do |should |am )?i (even )?(keep |still )?(bother\\S*|try\\S*) (with (life|living|anything|existing)|living|existing|to live|staying alive)`, { negatable: false }),
  rule('.not-come-back', 'moderate', 'wish', S, `(go|leave|drive|walk) ${G(3)}and (not|never) come back${END}|(not|never) (come|coming) back from this( one)?${END}|out of (everyone's|everybody's|their) way (permanently|for good|forever)|let (it|the (\\S+ )?(ed|illness|cancer|eating disorder|drink|drugs)|my (body|illness)) (just )?(finish (me|it|the job)|take me|kill me|win)`),
];
