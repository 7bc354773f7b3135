// Oblique first-person phrasing that the earlier indirect rules missed, written as families
// rather than sentences: wanting "out" of life, things being easier if the person were dead,
// an end to pain that is permanent, means at hand in a few words, an act described by its
// setting, switching life off, the only way out, nobody noticing. Each family has hard negatives
// in the corpus (wanting out of a job, logging off for the night, nobody noticing a haircut).
import { ADV, END, G, rule } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;

/** The person not being there: dead, gone, not around. */
const GONE = `((was |were |am )?(dead|gone|not (here|around|alive)|never born)|(wasn't|weren't|was not|were not) ${ADV}(here|around|alive|in the picture)|died|disappeared|didn't exist|never existed|stopped existing|vanished)`;

export const OBLIQUE_RULES: RuleSpec[] = [
  rule('.want-out', 'moderate', 'wish', S, `(want|need|get) ${ADV}out (of )?(this |my )?(life|world|existence|it all|everything|body)${END}|(pain|hurt|suffering|hurting|everything|it all|it) to (stop|end|go away) (forever|for good|permanently)|(log|sign|check|clock|tap|opt) (off|out) ${G(2)}(permanently|forever|for good|of (existing|existence|life))(?! (from|at|with) )`, { overrides: ['suicide.hopeless.unbearable'] }),
  rule('.want-out-bare', 'moderate', 'wish', S, `(want|need) ${ADV}out${END}`, { gate: 'distress' }),
  rule(':gone.easier-if', 'moderate', 'burden', S, `(easier|better|happier|simpler|fine|lighter|cheaper|relieved|relief|save|saved|money|peace) ${G(4)}if (i ${ADV}|i'm ${ADV}(?=dead|gone|not))${GONE}`, { self: true, overrides: ['suicide.burden'] }),
  // Means at hand said in a few words: "I have the rope", "the pills are in front of me".
  rule('.at-hand-short', 'moderate', 'means', S, `(i have|i've got|got) the (rope|noose|gun|blade|razor|pills)(?= ([.?,] |$|and (i|i'm|nobody|no one)))|(pills|tablets|gun|rope|noose|knife|blade|razor)( are| is|'s)? (all )?(right )?(in front of me|in my (hands?|mouth|lap)|next to me|beside me|laid out|lined up|loaded|tied)(?= ([.?,] |$|and|on (the|my) ))|loaded the gun|what i('m| am) going to use (is )?(right )?(here|in front of me|next to me|with me)`, { self: true }),
  // Acts under way, described by their setting rather than named.
  rule('.setting', 'imminent', 'act', S, `(car|engine)('s| is)? (still )?running (in|inside) (the|my|our) (closed |shut )?garage|hose ${G(3)}(from|on|in) the exhaust|exhaust ${G(3)}(through|into) the window|(the )?(rope|noose|belt|cord|ligature) (is |'s )?(around|round|on) my neck`, { also: 'medical_emergency', self: true }),
  rule('.only-way-out', 'high', 'thoughts', S, `only (one )?(way out|exit|escape)( i can see| left| i see)?${END}|no (exit|way out|escape) (except|but|other than) (one|the one|that one|death|dying)`),
  rule('.nobody-would-notice', 'moderate', 'burden', S, `(nobody|no one) (would|will|'d) ${ADV}(notice|care|miss me)(?= ([.?,] |$|honestly|anyway|for (days|weeks)|if i (was|were|died|disappeared|wasn't|weren't|didn't|stopped)))`, { self: true, negatable: false }),
];