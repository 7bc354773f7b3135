// Round 4 families: situations that need no earlier context to be serious. A vague plan tied to
// a time when no one will be around, a farewell addressed to everyone, heading to a height, a
// person armed and at the door, and a threat to bring a weapon somewhere. Written from the
// clinical ladder (plan + time, farewell, danger now) in our own words; kept compact because
// the browser bundle has a hard budget.
import { PERP } from './being-harmed';
import { END, G, RELATION, rule } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;
const ARMS = '(gun|rifle|shotgun|pistol|knife|machete|axe|bat|weapon)';
const BYE = '([.,] )?(goodbye|bye)(?= ([.,] |$))';

export const ACUTE_RULES: RuleSpec[] = [
  // "going to do it this weekend when everyone's away": "it" waits for an empty house.
  rule('.when-alone', 'high', 'intent', S, `(do|doing|go through with) it ${G(3)}(when|while|once) (everyone|everybody|the house|the kids|my (\\S+ )?${RELATION}s?)('s|'re)? (is |are |has |have )?(away|gone|empty)|(do|doing) it ${G(3)}(when|while) (no one|nobody)('s)? (is )?(home|around)`),
  rule('.tonight-bye', 'high', 'farewell', S, `(tonight's|tonight is|today's|today is) the (night|day) ${BYE}`),
  // A goodbye to everyone at once; "love you guys, bye" alone is an ordinary sign-off.
  rule('.to-all', 'high', 'farewell', S, `(i )?love (you all|all of you|y'all|you guys) ${BYE}|take care of (yourselves|each other) ${BYE}`, { gate: 'distress' }),
  rule('.thanks-all', 'high', 'farewell', S, `thank (you) for everything ([.,] )?(i )?love (you all|all of you|y'all) ${BYE}`),
  rule('.tell-them', 'high', 'farewell', S, `tell (my )?${RELATION} (that )?i (love (her|him|them)|'m sorry|am sorry|'m so sorry)`, { gate: 'distress' }),
  // Round 5, from our own companion-conversation corpus: oblique acute signs. An attempt said
  // to be happening, who will find them; and, only in a hard moment, a note that is ready, goodbyes said, not being
  // around after a set time (said on a last day at work, these are ordinary).
  rule('.now', 'imminent', 'attempt', S, `(suicide )?attempt(ing)? (right now|now)(?= ([.,] |$))`, { self: true }),
  rule('.who-finds', 'high', 'prep', S, `(who|whoever) (will|would|is going to|'ll) find (me|my body)(?= ([.,?] |$|first|if|when|after))|tell whoever finds me|(someone|somebody) (else )?finds me|(won't|will not|wouldn't|not) be the (one|ones) (to|who) find me|(before|so) (anyone|someone|they|my \\S+) finds? me`, { self: true, negatable: false }),
  rule('.ready', 'high', 'farewell', S, `my (goodbye )?(note|notes|letter|letters) (is|are) (written|ready|done|finished)|(said|saying) (all )?my goodbyes|no tomorrow for me|(won't|will not) (be (around|here|alive)|need (it|any of it|this|them)) (after|past|by) (tonight|today|tomorrow|\\S+day)`, { self: true, gate: 'distress' }),
  // A moment set, said plainly: nothing alone, a plan after ideation or means (vague-plan).
  rule('.moment', 'none', 'vague-plan', S, `(tonight|today|tomorrow)('s| is) the (night|day)|it's happening (tonight|today|tomorrow|soon)|not long now|(hours|minutes) and it's (done|over)|(i've|i have) (chosen|picked) (a )?(date|day|\\S+day)|everything('s| is) (ready|set|sorted|arranged|in order)(?= ([.,] |$|now|for))|(letters|notes) (are|is) (written|on the \\S+)|(the )?plan is (tonight|today|tomorrow|set|on)|it's tonight|(i )?mean it this time|(i'm )?ready now|(i'm|i am) going now${END}|(the|my) last (message|text|post)|one (more|last) minute|goodnight forever|(you )?won't (hear from|get any more)|(finishing|ending|stopping) (it|this|all this|things) (tonight|today|this evening)`),
  // Heading to a height: nothing alone, a plan after ideation (imminent with "now").
  rule('.to-height', 'none', 'vague-plan', S, `(going|heading|walking|walked|driving|drove|on my way) (back |out )?to (the |a )(middle of the )?(bridge|cliffs?|roof|rooftop|tracks|train tracks|railway|top floor|river|lake|sea|station)`),
  // Round 8, from our own short acute messages (writer O) and companion conversations (writer
  // N): signs typed without a subject or a method word. Each is nothing alone; two kinds within
  // a few turns, or one after the person's own risk words, read high (tracker.ts). A time set
  // ("friday is the day"), being at a height or on the tracks, a last message, affairs put in
  // order for whoever comes after.
  rule('.set-moment', 'none', 'vague-plan', S, `(\\S+day|tomorrow( morning| night)?|tonight|midnight|\\d+ ?(am|pm)) is (when|the day|the night|it)${END}|that's when${END}|(it's|its) (decided|settled)${END}|it's (time|done)${END}|no more tomorrows|counting down( from \\d+)?${END}|(\\d+|few) (hours|minutes) left${END}|one last (sunrise|sunset|look|photo)`, { self: true }),
  rule('.last-words', 'none', 'farewell', S, `(the|my) last (message|post|text)${END}|forgive me${END}|(this|it) is it${END}|thank (you) for everything${END}|if (you're|you are|your) reading (this|it)|(don't|do not) come looking|(i )?won't be (here|around)( to see)?${END}|won't be coming (back|home)|won't have to (deal with|worry about|put up with) me|(i've|i have) made (my )?peace with|not (planning on|going to be) coming (back|home)`, { self: true }),
  rule(':armed', 'high', 'abuse', 'being_harmed', `${PERP} (is |'s |was )?(\\S+ )?(outside|at) (my|the) (house|door|flat|apartment|window|work|school) ${G(6)}(with (a |his |her )|(he|she|they) (has|'s got|got|is holding|brought) (a |his |her ))${ARMS}`, { self: true }),
  // Followed right now is danger now (markers.ts); "keeps following me around" is not abuse.
  rule(':followed', 'high', 'abuse', 'being_harmed', `${PERP} (is |are |'s |'re |has been |keeps |kept )?(following|chasing|followed) me(?! (around|everywhere|on (instagram|twitter|tiktok|social|here|twitch|youtube)|back|in|into))`, { self: true }),
  rule(':bring-weapon', 'high', 'violence', 'harm_to_others', `(bring|bringing|take|taking) (my |a |the )?(\\S+ )?(gun|rifle|shotgun|pistol) (in|into|to) (work|school|class|the office|tomorrow)`, { self: true }),
  // Armed at someone's door is happening now.
  rule(':armed-outside', 'imminent', 'violence', 'harm_to_others', `i'm outside (my )?\\S+ (house|place|flat|apartment) with (a |my )?(gas can|can of (gas|petrol)|petrol|gasoline|${ARMS})`, { self: true }),
];
