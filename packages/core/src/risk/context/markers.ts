// Context markers: phrases that do not carry risk themselves but change how a risk match is
// read. Each is a regex over the canonical text, compiled once, and run only for messages that
// have at least one risk match (the common no-risk message never pays for them).
import { G, compile, matchStart } from '../rules/macros';
import { wordSet } from '../words';

// A small number after "at" in a clock position ("at 11", "at 9 tonight"): a time, never an age.
const CLOCK = "(1[0-2]|[1-9])(?= ([.,] |$|tonight|today|tomorrow|on|in|when|after|o'clock|and))";

export const TIME = compile(
  `tonight|tonight's|today|right now|(?<!\\d )now(?! \\d)|this (morning|afternoon|evening|weekend|week)|tomorrow( (morning|night|evening))?|in (an?|one|two|three|a few|\\d+) (hours?|minutes?|mins?|days?)|soon|when (everyone|they|my \\S+|the house|everybody|the kids|my parents) (is|are|'s|goes|go|falls|fall|leaves|leave) (asleep|to sleep|to bed|out|gone|at work|away)|after (work|school|class|dinner|the party|the funeral|everyone leaves|they leave|the kids go to bed|my shift)|(this |on |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( night)?|on my birthday|at (midnight|dawn|\\d+ ?(am|pm)|\\d+:\\d+|${CLOCK})|before (morning|dawn|sunrise|the weekend)|by (morning|tomorrow|the weekend|tonight)|esta noche|hoy|ahora mismo|ahora|manana|ce soir|cette nuit|aujourd'hui|maintenant|tout de suite|demain|heute nacht|heute abend|heute|jetzt|gleich|morgen`,
);

/** The moment is now: an urge or act with one of these is happening, not planned. */
export const NOW = compile('(?<!\\d )now(?! \\d)|tonight|tonight\'s|at the moment|as we speak|as i type|in a (few )?minutes?|this second');

export const PAST = compile(
  `used to|(years?|months) ago( today)?|when i was|as a (kid|child|teen|teenager|student|young adult)|in (high|middle|secondary|grad|primary) school|in college|in uni|at uni|back (then|when|in)|in the past|a long time ago|a while ago|while back|last year|(in|since|around) (19|20)\\d\\d|at (the age of |age )?(?!${CLOCK})\\d+(?! (am|pm|o'clock|in the morning|at night|tonight|today))|from \\d+ (to|until|till) (about |around )?\\d+|history of|(?<!at )once(?! (a|every|more|again|in a while))|had (tried|attempted|been)|previously|earlier in my life|growing up|(in )?my (early |mid |late )?(teens|twenties|teenage years)|at (thir|four|fif|six|seven|eigh|nine)teen|at (twenty|thirty)\\S*|anniversary of my (\\S+ )?attempt|attempt anniversary|(years?|months) since|(?<!(for|last|past|these|about) )(\\d+|two|three|ten|several|many) years( ago( today)?)?(?! (old|now|straight|and counting))|before${'(?= ([.?,] |$))'}|in my past|old scars|antes|hace anos|autrefois|fruher|damals`,
);

// Not after "ago": "five years ago this week" is an anniversary, not a recent event.
export const RECENCY = compile(
  "(?<!ago )(last night|yesterday|today|this morning|this afternoon|this evening|earlier|tonight|just now|just (took|swallowed|cut|overdosed)|again|last week|this week|last weekend|(few|couple of|couple|two|three|\\d+|some) (hours|days|weeks) ago|a week ago|an hour ago|a day ago|recently|right now|still|keep|keeps|lately|these days|currently|at the moment|this month|last month|a month ago|hoy|anoche|ayer|hier|aujourd'hui|gestern|heute)",
);

/** Recent, but over: an act dated like this happened, it is not happening now. */
export const RECENT_PAST = compile(
  "last night|yesterday|last week|this week|last weekend|(few|couple of|couple|two|three|\\d+|some) (days|weeks) ago|a week ago|last month|a month ago|the other day|anoche|ayer|hier|gestern",
);

export const RECOVERY = compile(
  "i'm safe|i am safe|(use|using|used) my (coping|safety|crisis) plan|(now )?i know (that's|that is|it's|it is) not true|(doing|feel|feeling|getting|much|so much|a lot|way|far|been doing|i'm doing) better|(?<!(not|was|thinks i'm) )doing (really |so )?well|better now|i'm (ok|okay|fine|good|well|doing well|doing great|in a good place|safe|stable|happy|happier) now|(now|these days|today) i'm (ok|okay|fine|good|well|doing (well|great|good)|in a (good|better) place|safe|stable|happy|happier|thriving)|in a (\\S+ )?(good|better|great|stable|healthy|solid) place|(sober|clean) (for )?(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|several) years|no (thoughts of suicide|suicidal thoughts) in|recovered|recovering|(years?|months?) out from (my|the) attempt|in recovery|my recovery|clean (for|since)|\\d+ (days|weeks|months|years) clean|(a|one|two|three|\\d+) (days?|weeks?|months?|years?) (clean|free|self harm free|sh free)|(haven't|have not|hasn't|hadn't) (cut|self harmed|harmed myself|hurt myself|relapsed|had (those |any |a |suicidal |the )*(thoughts|urges|crisis|relapse)|attempted|tried|felt that way|wanted to die) (in|for|since)|past that|behind me|got help|getting help|about it (actually |really )?helped|(therapy|treatment|meds|medication|my therapist|dbt|counselling|counseling) (has |have |really |truly )?(helped|helps|is helping|saved|works|worked|started working|to start working)|proud of (myself|how far)|grateful|glad (i'm|i am|to be|i'm still) (alive|still here|here)|happy to be alive|survivor|healed|healing|stable now|it gets better|got better|(so )?glad i (didn't|stayed|survived)|(stopped|quit) (cutting|self harming|hurting myself|harming myself)|don't feel that way (anymore|now)|(but )?i don't anymore|worked through (it|that|this|them)|(i )?volunteer(ing)? (for|at|with)|helping others|(now )?i (want|choose|chose|decided) to live|(i|i've) (stopped|quit)(?= ([.?,] |$|a long|years|months|ages|for good|when|after|at \\d))|doesn't feel like that (anymore|now)|(that|those|the|my|suicidal) (feelings?|thoughts|urges|wish to die) (are|is|have|has|got|slowly|finally|mostly|all) (mostly |pretty much |finally |all |slowly )?(gone|faded|fade|went away|stopped|quieter|got quieter|rare)|stopped wanting to (die|be dead|kill myself)|(\\d+|a|one|two|three|four|five|ten) (years?|months?) sober|(got|get|getting) (real|proper|the) help",
);

// Study, teaching and professional roles: topic words are not a disclosure, and reports
// about clients or "someone" are not the person's own risk.
export const PROFESSIONAL = compile(
  `(as a|i'm a|i am a|i work as a|work as a|i'm training to be a|i'm studying to be a|training to be a) ${G(2)}(nurse|doctor|physician|therapist|counsel?l?or|psychologist|psychiatrist|social worker|teacher|paramedic|emt|pharmacist|researcher|student|moderator|volunteer|chaplain|coach|youth worker|clinician|gp|psychotherapist|caseworker|case worker|support worker|mental health first aider|school counsel?l?or|crisis line volunteer|peer supporter)|my (clients?|patients?|students?|caseload|supervisees?|mentees?|pupils?|class|course)|(a|one of my|our) (clients?|patients?|students?) (who|that|is|has|said|told)|in patients|warning signs|risk factors|protective factors|prevention|postvention|statistics|stats|rates? (of|in|among)|prevalence|research|researching|studying|thesis|dissertation|essay|paper on|article|assignment|presentation|homework|lecture|class on|module on|training|workshop|webinar|awareness|screening|screener|guidelines|safe messaging|(signs|symptoms) (of|that)|how common is|why do people|evidence (for|on|base)|clinical|curriculum|for my class|explain the difference|documentary|journalists?|(suicide|overdose) (rates?|deaths)`,
);

/** Asking how to support someone else: topic words are not a disclosure. */
export const SUPPORT = compile(
  `how (do|can|should|would) (i|we|you|one|parents|teachers) (support|help|talk to|respond to|approach|ask|reach out to|recogni[sz]e|spot|tell if)|what (should|can|do) (i|we) (say|do) (to|for|when|if)|someone (who|that) (is|feels|might be|may be|has been)`,
);

export const FRAMING = compile(
  "for a friend|hypothetically|hypothetical|just curious|out of curiosity|purely curious|curious (about|how|what)|for (a|the) (story|novel|book|screenplay|script|game|fic|fanfic|fan fic|poem|project|class|paper|essay|film|movie|play|comic|short story|scene)|my character|(in|for) my (story|novel|book|screenplay|script|game|fic|fanfic|film|movie|comic|play|class|essay)|(for|my) research|for science|not for me|asking for (someone|a mate|my friend|a buddy)|my friend (wants|wanted|needs|asked) to know|a character (who|that)|writing a (story|novel|book|scene|script)|random question|no reason",
);

// The person owning what they framed as a story or a friend's ("ok honestly. it's me", "the
// character is kind of me", "there is no friend").
export const REVEAL = compile(
  "(it's|it is|that's|the (character|girl|friend) is|she's|he's) (actually |basically |for )?me(?= ([.,] |$))|there (is|was) no friend|i'm the friend|asking for me",
);

export const RETRACTION = compile(
  "never mind|forget (it|i said (anything|that|it)|what i said|about it|that|i asked|everything i said|my last message)|ignore (that|me|what i said|it|my last message|the last message|everything i said)|just (kidding|joking)|don't read (too much )?into (it|that)|i was (just )?(joking|kidding|being dramatic|exaggerating)|i'm (just )?(joking|kidding|being dramatic|exaggerating)|(didn't|did not|don't) mean (it|that|anything)|i'm (fine|ok|okay|good|alright|all right)( now| really| honestly| i promise)?|it's (fine|nothing|okay|ok|all good)|i'm over it|(wasn't|not|isn't) serious|no big deal|all good|doesn't matter|don't worry( about (it|me))?|i won't do anything|i'm not going to do anything|i'm safe( now)?|i feel better now|it was (nothing|a joke)|nothing's wrong|nothing is wrong|i'm not (serious|going to do it)",
);

export const DANGER_NOW = compile(
  "(is|are|'s|'re) (following|chasing) me|outside (my|the) (door|house|room|window|flat|apartment|bedroom)|at the door|banging on|breaking (in|down the door|the door)|trying to (get in|break in|find me|break the door)|coming (for me|to get me|back|home|over)|locked myself in|hiding (in|from)|has (a|his|her|the) (gun|knife|weapon)|with a (gun|knife|weapon)|right now|tonight|on (his|her|their) way|is here|in the house",
);

export const WEAPON_AT_HAND = compile(
  `(i have|i've got|i got|got|i bought|bought|i'm holding|holding|loaded|brought|bringing|took|have|with) ${G(3)}(gun|guns|pistol|handgun|rifle|shotgun|firearm|knife|knives|machete|axe|bat|bomb|weapon|weapons|ammo)|(gun|knife|rifle|pistol|shotgun) (is |are )?(loaded|ready|in my (hand|bag|car|pocket|backpack)|with me)`,
);

export const ACCIDENT = compile(
  "accidentally|by accident|by mistake|on accident|double dose|doubled (up )?my (dose|meds)|mixed up my (meds|pills)",
);

/** Refusing rescue ("please don't call anyone", "don't save me this time"). */
export const REFUSES_HELP = compile("(don't|do not) ((call|send) (anyone|anybody|help|an ambulance|the police)|save me)|not calling anyone|(don't|do not) want to be saved");

/** Someone else's emergency already handled: they are alive, in care, recovering. */
export const RESOLVED = compile("(she|he|they)('s| is| are|'re) (alive|stable|recovering|in (the )?(hospital|icu)|going to (be okay|make it|live))|(she|he|they) (survived|made it|pulled through)");

// Panic, and grief felt in the body ("I'm sad in a very physical way, my chest hurts").
export const ANXIETY = compile('panic|panicking|anxiety|anxious|hyperventilat\\S*|freaking out|grie(f|ving)|heartbr\\S*|sad');

export const HYPERBOLE = compile(
  `lol|just kidding|(he|she|they) ate my|(i'd|could) (kill|murder) (someone|anyone) for (a|an|some)|if (he|she|they|you|my \\S+) ${G(6)}(again|one more time|another time|one more)|for (eating|taking|stealing|using|touching|finishing|drinking|borrowing|forgetting|breaking|spoiling|telling|being late|making me|not|leaving|losing|scratching|denting)|(minecraft|fortnite|call of duty|video game|the game|in game|gta|roblox|valorant|overwatch|skyrim|dnd|campaign|zombies?|my sims|the sims)`,
);

export const QUESTION_START = wordSet("what what's whats where where's wheres which how how's hows when who why is are can could does do will would should any list name tell show find give recommend looking anyone wondering curious google search need suggest know");

export const QUESTION_WORDS = compile(
  "i wonder|wondering|curious|want to know|need to know|tell me|give me|list|show me|looking for|do you know|can you|could you|any idea|anyone know|does anyone",
);

/** All match start/end pairs of a marker in the canonical text. */
export function spans(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    out.push(matchStart(match), match.index + match[0].length);
    if (match[0].length === 0) re.lastIndex++;
  }
  return out;
}

export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/**
 * Risk that came back: "I used to cut and I started again", "I relapsed". History that has
 * returned is current, so past tense no longer lowers the statement (unless recovery follows).
 */
export const RELAPSE = compile(
  "(started|starting|doing it|at it|back at it|back to it|happening|cutting|harming|hurting myself|burning) again|relaps(e|ed|ing)|broke my (\\S+ )?(streak|clean streak)|lost my (\\S+ )?streak|(it's|it is|they're|they are|the (thoughts|urges|feelings)|those (thoughts|urges|feelings)|it) (are |is )?(all )?(back|came back|coming back|come back)|no longer clean|not clean anymore|back to (cutting|self harming|hurting myself|burning myself|square one|where i was)",
);

/**
 * Asking to keep a disclosure secret ("promise you won't tell anyone"). Concealed risk is a
 * warning sign in itself; with a disclosure in the same message the statement is raised.
 */
export const SECRECY = compile(
  "(don't|do not|please don't|never) tell (anyone|anybody|my \\S+|them|him|her|a soul)|promise (you )?(won't|will not|not to) tell|(keep|keeping) (this|it|that) (between (us|you and me)|(a )?secret|to yourself|quiet)|between you and me|no one (can|must|is allowed to) know|nobody (can|must) know|(this|it) stays between us",
);

/** Everyday objects of frustration: "I can't do this anymore, this printer hates me". */
export const MUNDANE = compile(
  "printers?|computers?|laptops?|wifi|wi fi|internet|router|code|coding|bug|bugs|app|apps|software|homework|assignments?|essays?|spreadsheets?|excel|meetings?|traffic|commute|diet|gym|workouts?|weather|heat|game|games|level|puzzle|taxes|tax return|paperwork|forms?|laundry|dishes|noise|neighbou?rs|music|emails?|queue|flights?|delays?|printer|phone|charger|car (won't|keeps)|class|course|maths?|chemistry|physics|revision|deadlines?|project|group chat|tiktok|twitter|instagram|crossword|recipe|ikea|toddler|cat keeps|dog keeps|this show|this season|finale|episode|team|lol",
);

/**
 * Weariness, hopelessness, entrapment and resolve words. Beside a gated phrase ("I'm done", "I can't do this
 * anymore", "I'm ready to go") they make it the warning sign rather than frustration.
 */
export const WEARY = compile(
  "tired|exhausted|exhausting|weary|drained|worn (out|down)|hopeless|pointless|no point|meaningless|no hope|nothing left|giv(e|ing) up|gave up|empty|numb|can't go on|sick of (it|everything|life|living|myself|this)|trapped|stuck|made up my mind|decided|no going back|never gets better",
);

/** The message speaks of a death: "she died", "killed herself", "in heaven". */
export const DEATH_CONTEXT = compile(
  "died|dead|passed away|passed on|passed|death|killed (himself|herself|themselves|themself)|suicide|funeral|grave|heaven|afterlife|other side|lost (my|our) \\S+|gone forever|miss (him|her|them|my \\S+) so much",
);
