// Indirect first-person language: how people actually write about wanting to die when they do
// not use the textbook words. Written from the published warning signs (talking about not
// waking up, being trapped, unbearable pain, no future, saying goodbye, giving things away,
// putting affairs in order) and from everyday online phrasing ("i'm done", "why am i still
// alive", "my brain keeps telling me to kys"). Phrases that are often harmless ("I'm done",
// "I can't do this anymore") carry `gate: 'distress'`: they count only in a hard moment.
import { ADV, END, G, MEDS, rule } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;

/** Up to n words, crossing commas but not sentences ("I wrote my will, so it's all ready"). */
const GC = (n: number): string => `([^ .?][^ ]* ){0,${n}}`;

/** Hedges people add after a statement: "might just end it tbh", "i wanna die lol idk". */
const TAIL = `(?= ([.?,] |$|honestly|lol|idk|i don't know|i guess|i think|tbh|maybe|ok|okay|seriously|already|soon|tonight|today|now|right now|for real|for good))`;

export const INDIRECT_RULES: RuleSpec[] = [
  // ── passive wish: not waking up, not being alive ────────────────────────────────────
  rule('suicide.wish.not-wake-up', 'moderate', 'wish', S, `(hope|hoping|wish|wishing|pray|praying) (that )?(i|i'd) ${ADV}(do not|don't|won't|will not|never|wouldn't|didn't|did not|hadn't|had not|never had|would not|doesn't) ${ADV}(wake up|woke up|woken up|wake|make it (to|through) (tomorrow|morning|the night|the week|another day))(?= ([.?,] |$|tomorrow|again|ever|anymore|in the morning|this time|one day|at all|lol|honestly|today|this morning))|(wish|wishing|wished) (that )?(i|i'd) ${ADV}(wasn't|weren't|was not|were not|hadn't been|had never been|wasn't ever|never was) ${ADV}(alive|born|in this world|on this earth)|(wish|wishing|wished) (that )?i ${ADV}(wasn't|weren't|was not|were not) (here|around)(?= ([.?,] |$|anymore|any more|at all|sometimes|honestly))|(wish|wishing|wished) (that )?i ${ADV}(didn't|did not|could stop|could just stop|would stop) ${ADV}(exist|existing|breathing)${END}`, { self: true }),
  rule('suicide.wish.forever-sleep', 'moderate', 'wish', S, `(want|wanna|wish|need|ready|going|could use|long) to ${ADV}(take|have) (a |the )?(permanent|forever|eternal|endless|never ending|dirt) (nap|sleep|rest)|(want|wish|long|ready) to ${ADV}(be six feet under|sleep for ever|sleep permanently|rest forever|rest in peace|go to sleep for good|fall asleep forever|fall asleep for good)`),
  rule('suicide.wish.end-me', 'moderate', 'wish', S, `(please|someone|somebody|anyone|god|universe|lord|just) ${ADV}(please )?(just )?end me${END}|(want|wish) (someone|something|a car|a bus|a truck|god) (would|to|could) ${ADV}(end me|hit me|run me over|take me)${END}`, { self: true }),
  rule('suicide.hopeless.why-alive', 'moderate', 'hopeless', S, `why (am i|am i even|am i still|do i even|do i still|should i|would i|do i|bother|even bother|keep) ${ADV}(alive|bother (living|being alive|existing|waking up|staying alive)|keep (living|existing|waking up)|exist|existing|living|live|stay alive|staying alive|go on living|keep on living)${END}`, { self: true }),
  rule('suicide.hopeless.why-here', 'moderate', 'hopeless', S, `why (am i|am i even|am i still|do i even) ${ADV}(still |even )?(here|around|on this earth|in this world)${END}`, { self: true, gate: 'distress' }),
  rule('suicide.hopeless.life-unbearable', 'moderate', 'hopeless', S,
    `(living|life|my life|existing|being alive) (is|has become|feels|'s) ${ADV}(too painful|unbearable|torture|agony|pure torture|a living hell|too painful to (bear|continue))${END}`, { anchors: 'living life existing being' }),
  rule('suicide.wish.join-the-dead', 'moderate', 'wish', S,
    `(want|wanna|going|need|ready|long|longing|can't wait|wish i could|just want|i'd like) to (be with|see|join|go to|go be with) (him|her|them|my \\S+( \\S+)?) (again )?(in heaven|on the other side|in the afterlife|up there|wherever (he|she|they) (is|are))|(want|wanna|going|need|ready|long|longing|can't wait|wish i could|just want) to (go to heaven|be in heaven|see heaven)${END}`, { anchors: "want wanna going need ready wish long can't be", self: true }),
  {
    id: 'suicide.thoughts.join-the-dead', level: 'high', family: 'thoughts', category: S, self: true, gate: 'death',
    src: `(want|wanna|going|need|ready|long|longing|can't wait|wish i could|just want|thinking about how) to (join|follow) (him|her|them|my \\S+( \\S+)?)(?= ([.?,] |$|soon|now|tonight|there|in heaven|on the other side|honestly|sometimes))`,
    overrides: ['suicide.wish.join-the-dead'],
  },

  // ── hopelessness, entrapment, no future ─────────────────────────────────────────────
  rule('suicide.hopeless.no-future', 'moderate', 'hopeless', S, `(don't|do not|can't|cannot|couldn't|no longer|don't even|honestly don't) ${ADV}see (a|any|my|much of a|myself having a) future( for (myself|me))?(?= ([.?,] |$|anymore|any more|at all|ahead|for (myself|me)))|(i have|i've got|i got|there's|there is) ${ADV}(no|zero) future( for me| left| ahead)?${END}|my future (is|looks|feels|seems) ${ADV}(bleak|black|dark|empty|hopeless|over|nonexistent|gone)${END}`),
  rule('suicide.hopeless.nothing-left', 'moderate', 'hopeless', S, `(there's|there is) ${ADV}(nothing|no one|nobody|nothing and no one) (left )?(here )?for me( here| anymore| in this world| on this earth)?${END}|(i have|i've got|i got) ${ADV}nothing (left|left for me|left to lose|to look forward to)(?= ([.?,] |$|anymore|in life|ever))|(there's|there is) ${ADV}nothing to look forward to(?= ([.?,] |$|anymore|in life|ever))`, { self: true }),
  rule('suicide.hopeless.trapped', 'moderate', 'hopeless', S, `(i'm|i am|i feel|feel|feeling|i've been feeling|i've felt|so|completely) ${ADV}(trapped|stuck|caged|imprisoned) (in (my (own )?(life|head|mind|body|skin)|this life|this hell|this body|this existence|hell)|with no way out|and (there's|there is|i see|i can't see) no (way out|escape)|forever|with no escape)|my life (is|feels like) (a )?(prison|cage|living hell|hell)${END}`),
  rule('suicide.hopeless.lost-cause', 'moderate', 'hopeless', S,
    `(i'm|i am|i feel like i'm|i feel like) ${ADV}(a lost cause|beyond (help|saving|repair|fixing)|broken beyond repair|too broken to (fix|be fixed|be saved))|(no one|nobody|nothing) can (help|save|fix) me (anymore|any more|now)?${END}|(i|i'll|i will) (never|not ever) be (happy|okay|ok|normal|fixed|better)${END}|(i'm|i'll) never (going to )?(be|get) (happy|okay|ok|better|normal)${END}`, { anchors: "lost beyond broken help fixed" }),
  rule('suicide.hopeless.tired-of-life', 'moderate', 'hopeless', S, `(tired|sick|exhausted|done|weary) (of|with) ${ADV}(living|life|existing|being alive|being here|this life|waking up) (like this|this way|anymore|any more|in this pain|with this pain|every day|everyday)|(so |really |just |honestly )?(tired|sick|exhausted|weary) of (existing|being alive|living)(?= ([.?,] |$|lol|honestly|tbh))`),
  rule('suicide.hopeless.unbearable', 'moderate', 'hopeless', S, `(the|this|my|all this|all the) pain (is|has become|feels|gets|is getting|is just) ${ADV}(unbearable|too much( to bear)?|never ending|endless|constant)${END}|(can't|cannot|can not) ${ADV}(take|bear|handle|stand|live with) (the|this) pain (anymore|any more|any longer)|(want|need|wish|just want) (the|this|all the|all this) pain to (stop|end|go away)(?= ([.?,] |$|forever|for good|permanently))`, { gate: 'distress' }),
  rule('suicide.hopeless.cant-anymore', 'moderate', 'hopeless', S, `(can't|cannot|can not|couldn't) ${ADV}(do|take|handle|bear|stand|keep doing|deal with|survive) (this|it|any of (this|it)|life|this life|any more of this|living) (anymore|any more|any longer|much longer)|(don't|do not) think i can (do|take|handle) (this|it) (anymore|any more|any longer|much longer)`, { gate: 'distress' }),
  rule('suicide.hopeless.im-done', 'moderate', 'hopeless', S, `(i'm|i am|i think i'm|honestly i'm) ${ADV}(done|over it|finished)( (trying|fighting|pretending|with (this|all of this|trying|people|everyone)))?${TAIL}`, { gate: 'distress' }),
  rule('suicide.wish.ready-to-go', 'moderate', 'wish', S, `(i'm|i am|i feel|i think i'm|i feel like i'm) ${ADV}ready to (go|leave|be done|let go|give up|stop)${END}|(i'm|i am) ${ADV}ready to (leave this world|leave this earth|leave this life|leave everything behind for good)`, { gate: 'distress' }),
  rule('suicide.burden.better-off', 'moderate', 'burden', S, `(everyone|everybody|they|my family|my friends|the world|people|my parents|my kids|all of them|you all) (would|will|'d|'ll|would all|will all|would really|would honestly) ${ADV}be (so much |much |a lot |far |way )?better off${END}|(everyone|everybody|they|my family|the world) (would|will|'d|'ll) ${ADV}be (fine|okay|ok|better|happier) without me${END}|(i|i'm) (only|just) (make|making|ruin|ruining) (everyone's|everybody's|their|my family's) li(fe|ves) (worse|harder|miserable)`, { self: true }),

  // ── the same warning signs asked as questions ───────────────────────────────────
  rule('suicide.burden.would-anyone', 'moderate', 'burden', S, `((would|will|does|do|did) (anyone|anybody|people|my family|my friends|they|everyone|my parents|my kids|anyone at all|a single person)|(if|whether|think) (anyone|anybody|people|my family|my friends|everyone|my parents|my kids|anyone at all|a single person) (would|will|'d)) (even |really |actually |ever )?(miss me|care|notice|cry|come to my funeral|be sad|be upset|mourn( me)?|remember me)(${END}| (if|when|once) i('m| am)? ${ADV}(was|were|died|disappeared|killed myself|wasn't|weren't|left|vanished|jumped|gone|dead|didn't wake up|never came back|stopped existing|ended it|was gone|were gone|was dead|were dead|wasn't here|weren't here|wasn't around|weren't around))|(would|will) (everyone|everybody|my family|they|people|my friends|the world|things|my parents|my kids|life|it) ${ADV}(be )?(better|happier|easier) (off )?(without me|if i (was|were) gone|if i (wasn't|weren't) (here|around|alive))|(easier|better) (for (everyone|everybody|them|my family) )?if i ${ADV}(wasn't|weren't|was not|were not|didn't exist|was gone|were gone|disappeared|died) ?(around|here|alive|anymore)?(?= ([.?,] |$))`, { self: true }),
  {
    id: 'suicide.hypothetical.what-if', level: 'high', family: 'method', category: S, self: true,
    overrides: ['suicide.act.overdose-taken', 'facilitation.lethality.what-happens'],
    src: `(what (would|will) happen|what happens|what if|wonder what would happen|wonder if|think about what would happen|imagine what would happen) (if )?i ${ADV}(stepped|step|walked|walk|jumped|jump|threw myself|drove|drive|swerved|swerve|crashed|crash|took|take|swallowed|swallow|let go|didn't come back|never came back) ${G(2)}(in front of (a |the )?(bus|train|truck|car|lorry)|into (traffic|the river|the sea|the lake|oncoming traffic|a wall|a tree)|off (a |the |this )?(\\S+ )?(bridge|building|roof|cliff|ledge|balcony|road|platform)|all (of )?(my|the|them|these) ?(pills|meds|tablets)?|them all|it all at once|all at once)`,
  },
  rule('suicide.lethality.does-it-hurt', 'moderate', 'lethality', S, `(does|would|will|is|do) (it )?(hurt|painful|hurt much|hurt a lot) (to|when you|when i|if you|if i) (die|drown|overdose|hang|jump|bleed out|get shot|suffocate|od)${END}`, { self: true, negatable: false }),
  rule('suicide.wish.fade-away', 'moderate', 'wish', S, `(want|wish|wanna|just want|wish i could|i could) (to )?${ADV}(fade away|fade out|evaporate|dissolve|cease to be|melt away)(?= ([.?,] |$|forever|for good|anymore|into nothing))|(would be|'d be|it'd be|sounds|seems|feels like it would be) ${ADV}(nice|good|lovely|peaceful|great|easier|a relief|such a relief) to (just )?(not exist|not be here|not be alive|not wake up|disappear|stop existing|die|be dead|sleep forever|not be around)`),
  rule('suicide.burden.taking-space', 'moderate', 'burden', S, `(i'm|i am|i feel like i'm|i feel like|just) ${ADV}taking up space${END}|(i|i just) ${ADV}(ruin|ruins|ruined|ruining) (everything|everyone's lives?|everyone's day|it) for (everyone|everybody|my family|the people i love)|(i )?(ruin|ruining) (everyone's|everybody's|my family's) li(fe|ves)`),
  rule('suicide.hopeless.tired-of-me', 'moderate', 'hopeless', S, `(tired|sick|exhausted) of (being me|being myself|being alive|existing|being here|this existence|being a person)${END}`, { gate: 'distress' }),

  // ── active thoughts, said obliquely ─────────────────────────────────────────────────
  {
    id: 'suicide.thoughts.end-it-hedged', level: 'high', family: 'thoughts', category: S,
    src: `(might|may|could|should|will|'ll|gonna|going to|want to|wanna|about to|ready to|think i'll|think i'm going to|might as well) ${ADV}end (it|it all|things|everything|my life)${TAIL}|(thinking (about|of)|considering|contemplating|planning on|planning) ${ADV}ending (it|it all|things|everything)${TAIL}`,
    overrides: ['suicide.thoughts'],
  },
  {
    id: 'suicide.voice.inner', level: 'high', family: 'thoughts', category: S, self: true,
    src: `(my|the|a) (brain|head|mind|thoughts|depression|inner voice|inner critic|voices?|illness) ${ADV}(keeps? |is |are |won't stop |kept |just |always )?(telling|tells|tell|saying|says|screaming|whispering|yelling|shouting|begging) (at )?(me )?(to |that i should |i should |i need to |that i need to )?(kill myself|kill yourself|die|end it|end it all|end my life|just die|jump|hang myself|do it|unalive myself|hurt myself|cut)|(kill yourself|kill myself|die|end it|end it all) (is|'s) (all )?what (my|the) (brain|head|mind|thoughts|depression|voices?) ${ADV}(keeps? |keep )?(telling|tells|saying|says|screaming|whispering)|(voices?|they) ${ADV}(are |keep |keeps )?(telling|tell|tells|commanding|ordering) me to (kill myself|hurt myself|die|end it|jump|cut)`,
    overrides: ['being_harmed.bullied-by', 'suicide.thoughts', 'suicide.wish'],
  },
  {
    // "kys" (kill yourself) is often typed about oneself: "i wanna kys", "gonna kys".
    id: 'suicide.thoughts.kys-self', level: 'high', family: 'thoughts', category: S, self: true,
    src: `(i|i'm|i'll|imma|i am|i just|i really|i kinda|i lowkey|me) ${ADV}(want to|need to|going to|should|might|will|'ll|could|gonna|about to|ready to|wanna|feel like i should) ${ADV}kill yourself`,
  },
  {
    // The whole message is "kys": directed at the companion or at oneself, it gets a check-in.
    id: 'suicide.wish.kys-alone', level: 'moderate', family: 'wish', category: S, self: true,
    src: `(?<=^ )(honestly |just |lol |ok |should )?kill yourself( honestly| lol| rn| right now| tbh)?(?= ([.?,] )*$)`,
  },
  {
    id: 'suicide.thoughts.appealing', level: 'high', family: 'thoughts', category: S,
    src: `(suicide|killing myself|ending it|ending it all|ending my life|unaliving( myself)?) ${ADV}(is|'s|keeps|has been|seems|sounds|looks|feels|is starting to (look|sound|feel)) ${ADV}(looking |sounding |feeling )?(good|better|nice|tempting|appealing|attractive|inviting|comforting|peaceful|like (a |the )?(good|great|nice|real|only|best|better) (option|idea|plan|answer|choice|way out)|more and more (appealing|tempting|likely|real))`,
    overrides: ['suicide.mention'],
  },
  {
    id: 'suicide.thoughts.commit', level: 'high', family: 'thoughts', category: S,
    src: `(want|going|about|ready|gotta|might|should|wanna) to ${ADV}commit(?= ([.?,] |$|tonight|soon|honestly|lol|already))`,
    gate: 'distress',
  },
  rule('suicide.thoughts.commit-slang', 'high', 'thoughts', S, `commit (die|sudoku|toaster bath|neck rope|self delete|unalive|not alive)`),
  rule('suicide.method.rope-verb', 'high', 'method', S, `(want|going|about|ready|gonna|might|should|wanna) to ${ADV}rope(?= ([.?,] |$|tonight|soon|honestly|lol))|(take|have) a toaster bath`),
  {
    id: 'suicide.farewell.not-tomorrow', level: 'high', family: 'farewell', category: S, self: true,
    src: `(i )?(won't|will not|might not|may not|probably won't|am not going to) (make it|be alive|be here|be around|live) (to see )?(tomorrow|another day|the morning|the weekend|christmas|my birthday|next week|much longer)(?= ([.?,] |$|honestly|lol|tbh))|(i )?(won't|will not|probably won't) (see|live to see) (tomorrow|another day|the morning|christmas|my birthday|next year)${END}`,
    gate: 'distress',
  },
  rule('suicide.farewell.said-goodbye', 'high', 'farewell', S, `(said|saying|say|going to say|gone around saying|been saying) (my )?(goodbyes?) to (everyone|everybody|all of them|all of you|the people)(?= (who (matters?|i love|i care)|that (matters?|i love)|i love|i care about|for the last time|one last time|just in case|in my own way|without them knowing))|(said|saying|say) (my )?goodbyes? to (my (family|friends|kids|children|parents|loved ones|mom|mum|dad|sister|brother)|everyone|them) (for the last time|one last time|without them knowing|in my own way|just in case)`),
  rule('suicide.farewell.said-goodbye-bare', 'high', 'farewell', S, `(i've|i have|i) (already )?(said|been saying) (my )?goodbyes? to (everyone|everybody|all of them|all of you|my (family|friends|kids|children|parents|loved ones))(?= ([.?,] |$|already|now))`, { gate: 'distress' }),
  rule('suicide.prep.giving-away', 'high', 'prep', S, `(giving|gave|given|give|handing|handed) (my|all my|most of my|all of my) (\\S+ )?(stuff|things|belongings|possessions|clothes|games|books|pets|savings|money|jewellery|jewelry|guitar|art|collection|plants|cat|dog) (away|out)(?! (to (charity|goodwill|the thrift|a thrift|the salvation army|oxfam|a (charity|donation|yard sale|garage sale|food bank))|because (i'm|we're|i am|we are) moving|before (the|my|our) move))`),
  rule('suicide.prep.after-me', 'none', 'prep', S, `(tying|tie|tied) up (all )?(the |my )?loose ends|spare key('s| is)? (is )?under|left the (front |back )?door unlocked|passwords? (are |is )?(in|on|under) (the|my)|(bills|rent) (is |are )?paid|(deleted|deactivated) (every|all my|my) (account|accounts|socials)|logged out of everything|make sure (someone|somebody) (feeds|walks|looks after)|who (do i ask to|will) (water|feed|walk) my|(note|letter|will)( for \\S+)?('s| is) (in|under|on) (my|the)|got (what|everything) i need${END}|scheduled (this|it) to (post|send)`, { self: true }),
  rule('suicide.prep.affairs-ready', 'high', 'prep', S, `my (will|affairs|funeral (plans?|arrangements)) ${GC(10)}(it's all|everything's|everything is|it is all|all|it's) (ready|sorted|set|in order|taken care of|done)${END}`),
  {
    id: 'suicide.prep.loose-ends', level: 'high', family: 'prep', category: S,
    src: `(sorted|tied up|taken care of|sorting|tying up) (out )?(everything|all the loose ends|loose ends|my affairs) ${GC(8)}(my will|my funeral|goodbye letters|the letters|my goodbyes)|(tying|tied) up (all )?(my )?loose ends(?= ([.?,] |$|before|so no one|for everyone|for my family))`,
    gate: 'distress',
  },
  rule('suicide.means.everything-ready', 'none', 'means', S, `(i've got|i have|got|i've|i now have) everything i need( ready| now| for it| for tonight)?${END}|everything i need is (ready|here|in place|laid out)`, { self: true }),
  rule('suicide.means.acquired', 'none', 'means', S, `(i )?(just )?(bought|got myself|ordered|picked up|i've bought|i've ordered) (a |the |some |enough )?(gun|pistol|handgun|rifle|shotgun|rope|noose|charcoal|helium|razor blades|blades|sleeping pills|pills)(?= ([.?,] |$|today|yesterday|tonight|for (it|myself|tonight)|just in case))`, { self: true }),

  // ── acts: an overdose described without the word ──────────────────────────────────
  {
    id: 'suicide.act.cabinet', level: 'imminent', family: 'act', category: S, also: 'medical_emergency', self: true,
    src: `((swallowed|downed|ate|popped|necked) ${ADV}(everything|all of it|all the pills|every pill|whatever (i could find|i found|was there|pills i (had|found|could find))|all the (meds|medication|tablets)) (that was |i could find |i found )?(in|from|out of)|(took|taken|have taken|i've taken|i took) ${ADV}(everything|every pill|all the pills|whatever (pills )?(i could find|i found|was)) (that was |i could find |i found )?in) (the|my|our|mum's|mom's|dad's|\\S+'s) (medicine (cabinet|cupboard|drawer|box|chest)|bathroom (cabinet|cupboard)|first aid (kit|box)|pill (box|organi[sz]er|bottles?)|cabinet|cupboard|drawer)|emptied (the|my|a|her|his) (medicine cabinet|pill bottles?|bottles? of (pills|tablets|meds))`,
    overrides: ['suicide.thoughts', 'suicide.method'],
  },
  {
    id: 'suicide.act.pills-purpose', level: 'imminent', family: 'act', category: S, also: 'medical_emergency', self: true,
    src: `(took|taken|swallowed|downed|popped|i took|i've taken) ${G(4)}${MEDS} ${G(4)}((to|so (that )?i('d| would| could)?|hoping (to|i'd|i would)|and hoped (to|i'd|i would)|and hope (to|i|i'll)) ${ADV}(die|sleep forever|never wake up|not wake up|end it|end it all|end my life|kill myself|be gone|not be here|go to sleep forever|disappear)|(so (that )?i|hoping i|and hoped i|and hope i) (wouldn't|won't|would never|'d never|never|would not|will not|don't|didn't) wake up)`,
    overrides: ['suicide.thoughts', 'suicide.wish', 'suicide.method'],
  },
];
