// Suicide rules, English, up the C-SSRS-like ladder: wish to be dead → active thoughts →
// method → intent → plan and preparation → behaviour. Base levels follow the ladder in
// types.ts; context can lower a match (negation, past with recovery, someone else) and
// combinations can raise it (thoughts + a time → imminent). Phrases are written from the
// clinical structure and everyday speech, not taken from any evaluation data.
import { ADV, END, G, KS, KS_ED, KS_ING, MEDS, METHOD, METHOD_ING, QTY, THINK, WANT_TO, rule } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;

export const SUICIDE_RULES: RuleSpec[] = [
  // ── passive wish to be dead (moderate) ───────────────────────────────────────────────
  rule('suicide.wish.want-to-die', 'moderate', 'wish', S, "die dead exist alive here disappear vanish sleep wake gone living away heaven",
    `(want|wanted|wants|wanting|wish|wished|wishing|would like|'d like|need|needed|needs|ready|longing|long|yearn|yearning|desire|pray|praying|just want|rather) to ${ADV}(die(?! (my|your|her|his|the|it|them|their) (hair|clothes|shirt|eggs|fabric|beard))|be dead|not exist|stop existing|cease to exist|not be alive|not be here anymore|not be here|disappear forever|disappear|vanish|sleep forever|go to sleep forever|go to sleep and (never|not) wake up|fall asleep and (never|not) wake up|never wake up|not wake up|be gone|be gone forever|stop living|go away forever|be with (\\S+ )?in heaven)`),
  rule('suicide.wish.should-die', 'moderate', 'wish', S, 'should might may ought',
    `(should|might as well|may as well|ought to|better) ${ADV}(die|be dead|not exist|disappear|not be alive|not be here)(?! (my|your|her|his|the|it|them) (hair|clothes))`),
  rule('suicide.wish.feel-like-dying', 'moderate', 'wish', S, 'dying',
    `(feel|feels|felt|feeling) ${ADV}like dying`),
  rule('suicide.wish.wish-could-die', 'moderate', 'wish', S, "wish hope pray",
    `(wish|hope|pray|praying) (that )?i (could|would|'d|will|'ll|might|just)? ?${ADV}(die|disappear|vanish|not wake up|never wake up|don't wake up|won't wake up|sleep forever|stop existing|get hit by (a )?(car|bus|truck|train)|(get|got) (sick|ill|cancer) and die|get cancer|have a heart attack|die in my sleep)(?! (late|early|on time|in time|the |a |my |your |his |her |our |their |him|them|anyone|everyone|before|with|at|until|when|for))`, { self: true }),
  rule('suicide.wish.dont-want-to-live', 'moderate', 'wish', S, "don't do didn't no really never",
    `(don't|do not|didn't|no longer|don't even|do not even|don't really|really don't|never) ${ADV}(want|wanna|wish|feel like|see the point) to ${ADV}(live|be alive|exist|keep existing|go on|keep going|keep living|continue living|continue like this|carry on|be around|be in this world|be on this earth|wake up${END}|wake up (anymore|again|tomorrow|ever again)|be here (anymore|any more|any longer|on (this )?earth|in this world)|be here${END}|live anymore|be alive anymore)`),
  rule('suicide.wish.better-off-dead', 'moderate', 'wish', S, 'better',
    `better off dead`),
  rule('suicide.wish.someone-kill-me', 'moderate', 'wish', S, "kill",
    `(someone|somebody|anyone|god|please|pls|i want someone to|i wish someone would) ${ADV}(please )?(just )?kill me${END}`, { self: true }),
  rule('suicide.wish.dont-care-if-die', 'moderate', 'wish', S, "care mind matter",
    `(don't|do not|wouldn't|would not|couldn't|doesn't) ${ADV}(care|mind|matter) (if|whether|when) i (die|died|live or die|lived or died|don't wake up|didn't wake up|never woke up|got hit|get hit|was dead|were dead)|(wouldn't|would not) mind (dying|being dead|not waking up|not existing)`),
  rule('suicide.wish.deserve-to-die', 'moderate', 'burden', S, 'deserve',
    `deserve to (die|be dead|not exist)|(don't|do not|didn't) deserve to (live|be alive|exist|be here|be happy)`),

  // ── hopelessness (moderate) ──────────────────────────────────────────────────────────
  rule('suicide.hopeless.feel-hopeless', 'moderate', 'hopeless', S, "hopeless",
    `(i'm|i am|i feel|i've been feeling|i'm feeling|feeling|feel|feels|felt|i've felt|i felt|i was|i've been|i get|i keep feeling|so|utterly|completely|totally) ${ADV}hopeless${END}|(i'm|i am|i feel|feeling) ${ADV}hopeless (about (everything|life|the future|my future|ever getting better)|and (helpless|worthless|alone|empty|tired))`),
  rule('suicide.hopeless.life-pointless', 'moderate', 'hopeless', S, "hopeless pointless meaningless worthless worth waste empty",
    `(my life|everything|my future|the future|life|it all|all of it|my existence|living|existing|being alive) (is|are|feels|seems|looks|feel|seem|has become|became|'s) ${ADV}(hopeless|pointless|meaningless|worthless|not worth it|a waste|empty)${END}`),
  rule('suicide.hopeless.no-hope', 'moderate', 'hopeless', S, "hope future way escape light reason point",
    `(there's|there is|i have|i've got|i got|i see|i can see|i can't see|there will be|there's just|i have absolutely|i feel|there's really) ${ADV}(no|any|zero) (hope(?! (of|for|that) (getting|winning|finding|seeing|fixing|passing|a |the |this |that |him|her|them|it))|future(?! (in|with|for (this|that|the|us|him|her|them|it)|at) )|way out|escape|light at the end|reason to (live|keep going|go on|stay|be here|keep living|get up)|point (anymore|in (living|life|anything|trying|going on|being alive|existing|it all|any of it)))`),
  rule('suicide.hopeless.whats-the-point', 'moderate', 'hopeless', S, "point",
    `(what's|what is|whats) the point (of|in) (living|life|being alive|going on|existing|it all|any of it|trying anymore|even trying|carrying on|waking up|me being here)|(what's|what is) the point (anymore|of me)${END}|no point (in )?(living|being alive|going on|existing|anymore|to life|to living)`),
  rule('suicide.hopeless.never-better', 'moderate', 'hopeless', S, "nothing never ever",
    `nothing (will|is going to|is ever going to|ever|can|could) ${ADV}(ever )?(get|gets|getting|change|changes|be|make (it|this|me)) (better|different|okay|ok|right|any better)|nothing (will|is going to|is ever going to|ever) ${ADV}(ever )?change${END}|(it|things|life|this|my life|i) (will|'ll|is|are|'s|am|'m) never (going to )?(get|be|change|feel|going to get|going to be) (better|okay|ok|any better|happy|normal|fixed|good)(?! (with|about|at|in|until|till|for) )|(it|things|life) (won't|will not|isn't going to|aren't going to|never) ever (get|be) better|(it|things|life) (won't|will not) ever get better`),
  rule('suicide.hopeless.lost-will', 'moderate', 'hopeless', S, "hope will given giving give gave reason nothing live stay",
    `(lost|losing|lose|have no|no) (all )?(hope|the will to live|my will to live|the will to go on|any will to live|the will to keep going|will to live)${END}|(lost|losing) (all )?(hope|the will to live|my will to live)|(given|giving|give|gave) up on (life|living|everything|myself|the future|ever getting better|being happy|getting better)|no (reason|reasons) (to|for) (live|living|me to live|going on|being alive|stay alive|staying alive|keep going|keep living)|nothing (left )?to live for|(nothing|no one|nobody) (left )?to (live|stay) for`),
  rule('suicide.hopeless.cant-go-on', 'moderate', 'hopeless', S, "can couldn",
    `(can't|can not|cannot|couldn't) ${ADV}(go on|keep going|keep living|carry on|live like this|live this way|continue like this|do life|keep doing life|see a way out|see a future|see any future|see myself (getting older|growing old|living past)|picture a future|survive this|keep fighting|fight (anymore|any longer)|keep this up)`),
  rule('suicide.hopeless.tired-of-living', 'moderate', 'hopeless', S, "tired sick done finished exhausted over life",
    `(done|finished|over) living${END}|(tired|sick|done|finished|exhausted|so tired|over) (of|with) ${ADV}(living|being alive|life|existing|being here|this life|fighting to stay alive|fighting|trying to stay alive|waking up)${END}|(done|finished) with (life|living|it all|this world)|life (isn't|is not|ain't|no longer feels|doesn't feel) worth (living|it|the pain|the effort)|(my )?life (is )?not worth living`),

  // ── burden (moderate) ───────────────────────────────────────────────────────────────
  rule('suicide.burden.i-am-a-burden', 'moderate', 'burden', S, 'burden waste drain',
    `(i'm|i am|i feel like|i feel like i'm|feel like|i felt like|felt like|i've become|i become|i'm just|i am just|i'm only|i'm nothing but|i've always been|i'll always be|i'm always|being) ${ADV}(a |such a |nothing but a |only a |just a |the |an )?(burden|waste of (space|oxygen|air|life|skin)|drain on everyone|drain on (my )?(family|friends|everyone)|burden to everyone)|(burden|drain) (to|on|for) (everyone|everybody|my family|my friends|my parents|my kids|my children|my partner|my husband|my wife|them all|people|everyone around me|the people i love)`),
  rule('suicide.burden.better-without-me', 'moderate', 'burden', S, "better happier easier lighter freer",
    `(everyone|everybody|my family|they|people|the world|my friends|my parents|my kids|my children|my husband|my wife|my partner|it|things|life|he|she|we) (would|will|'d|'ll|could|might|would all|will all) ${ADV}(all )?be (so much |much |a lot |far |way )?(better|happier|easier|better off|lighter|freer) (off )?(without me|if i (was|were|wasn't|weren't|died|was dead|were dead|was gone|were gone|didn't exist|disappeared|left for good|killed myself|wasn't around|weren't around|wasn't here|weren't here|wasn't alive)|once i'm gone|when i'm gone|after i'm gone|with me gone|with me dead)|(better|happier|easier) (off )?without me (around|here|alive)?`, { self: true }),
  rule('suicide.burden.no-one-would-miss', 'moderate', 'burden', S, "no nobody not none",
    `(no one|nobody|no body|not a single person|not one person|none of them|not even my family) (would|will|'d|is going to|even|would even|will even|would really|would ever) ${ADV}(care|notice|miss me|mourn|cry|come to my funeral|show up to my funeral)( me)? (if|when|once) i('m| am| was| were)? (just )?(die|died|dead|gone|disappeared|vanished|was dead|killed myself|kill myself|wasn't here|weren't here|left|not here|disappear|vanish|was gone|jumped|stopped existing|didn't wake up|never woke up|wasn't around|weren't around)|(no one|nobody) (would|will) (even )?(miss me|notice i'm gone|notice if i'm gone|notice if i died|care if i died|come to my funeral)`, { self: true }),

  // ── active thoughts, method, intent (high) ──────────────────────────────────────────
  {
    id: 'suicide.thoughts.want-kill-self', level: 'high', family: 'thoughts', category: S,
    anchors: "kill end take off do commit suicide neck rope delete erase not remove unalive",
    src: `${WANT_TO} ${ADV}${KS}`,
    overrides: ['suicide.thoughts.kill-self'],
  },
  rule('suicide.thoughts.kill-self', 'high', 'thoughts', S, "kill end ending take taking commit off do rope neck unaliv",
    `(kill|killing|kills) myself|(end|ending|take|taking) my (own )?life|end it all|ending it all|commit suicide|committing suicide|off myself|do myself in|rope myself|neck myself|self delete|unalive myself|unaliving myself`),
  {
    id: 'suicide.thoughts.thinking-about', level: 'high', family: 'thoughts', category: S,
    anchors: "killing ending taking offing committing suicide dying unaliv",
    src: `(${THINK}|feel like|felt like|feeling like) ${ADV}${KS_ING}`,
    overrides: ['suicide.thoughts.kill-self'],
  },
  {
    id: 'suicide.thoughts.suicidal', level: 'high', family: 'thoughts', category: S,
    anchors: "suicidal",
    src: `(i'm|i am|i feel|i've been|been|i was|feeling|feel|felt|i felt|getting|i get|i got|got|so|very|really|quite|pretty|extremely|super|actively|more|increasingly|constantly|always|seriously|becoming|turning) ${ADV}suicidal|suicidal (again|lately|tonight|today|right now|these days)|suicidal (thoughts?|ideation|feelings?|urges?|impulses?) (again|are back|came back|tonight|today|lately|keep|won't stop|are getting|every day|all the time)|(my|the|these|having|have|had|i have|i've had|i get) ${ADV}suicidal`,
    overrides: ['suicide.mention'],
  },
  {
    // The whole message is the word: "suicidal", "suicidal rn".
    id: 'suicide.thoughts.one-word', level: 'high', family: 'thoughts', category: S,
    anchors: 'suicidal',
    src: `(?<=^ )(so |very |really |feeling |feelin )?suicidal( again| af| rn| right now| today| tonight| lately| tbh| honestly| lol)?(?= ([.?,] )*$)`,
    overrides: ['suicide.mention'],
  },
  rule('suicide.thoughts.suicide-option', 'high', 'thoughts', S, "suicide death dying killing ending stop",
    `(suicide|death|dying|killing myself) (is|seems like|feels like|looks like|sounds like) (the|my) (only|best|last|easiest) (way|option|answer|choice|solution|way out|escape|thing left)|(suicide|killing myself|ending it) (is|has been|keeps|kept) (on my mind|crossing my mind|popping into my head|in my head)|(can't|cannot) stop thinking about (suicide|killing myself|dying|death|ending it|ending my life)`),
  rule('suicide.method.want-method', 'high', 'method', S, "jump hang shoot overdos tak slit cut drown driv crash step walk throw gas poison stab starv electrocut set burn put blow suffocat strangl gun knife bleed",
    `${WANT_TO} ${ADV}${METHOD}|${THINK} ${ADV}${METHOD_ING}`),
  rule('suicide.method.jump', 'high', 'method', S, 'jump',
    `(going to|want to|about to|ready to|gonna|will|'ll|need to|have to|i'm going to) ${ADV}jump(?= ([.?,] |$|tonight|now|right now|today|off|from))`),
  rule('suicide.method.how-to', 'high', 'method', S, "how way method",
    `how (to|do i|can i|could i|should i|would i|do you|does one|can one|can someone|do people|would someone|might i) ${ADV}(kill myself|commit suicide|end my life|end it all|die|take my own life|off myself|overdose|hang myself|slit my wrists|kill yourself|end your life|kill oneself|end one's life)${END}|(painless|painlessly|quickest|quick|easiest|easy|fastest|fast|surest|sure|sure fire|surefire|most reliable|reliable|least painful|best|most effective|effective|peaceful|gentle|clean|simplest|cheapest|quietest|guaranteed) (way|ways|method|methods|means|option|options) (to|of|for) (die|dying|death|kill (myself|yourself|oneself|someone)|killing (myself|yourself|oneself)|suicide|commit suicide|committing suicide|end (it|it all|my life|your life|one's life|a life|things)|ending (it|it all|my life|things)|go${END}|overdose|not wake up|never wake up)|(suicide|overdose) methods|methods of suicide`),
  rule('suicide.method.researching', 'high', 'prep', S, 'googl search look research read watch',
    `(googl(e|ed|ing)|search(ed|ing)?|look(ed|ing)? up|research(ed|ing)?|read(ing)? up on|read(ing)? about|watch(ed|ing)? videos (on|about)) ${G(2)}(how to |ways to |methods (of|to) |the best way to |how many )?(${KS}|${KS_ING}|die${END}|dying${END}|hang|hanging|overdose|overdosing|lethal doses?|painless ways?|suicide methods?|pills (it takes|to die)|how long it takes to die)`),
  rule('suicide.intent.decided', 'high', 'intent', S, "decid made mind sure ready going",
    `(i've decided|i have decided|i decided|made up my mind|my mind is made up|i'm sure|i am sure|i'm ready|i am ready) (to |that i'm going to |i'm going to |i will |i'll )?(${KS}|die|do it|go through with it|end it)|(i'm|i am) (going|gonna) (to )?(go through with it|do it this time)`),
  rule('suicide.act.about-to', 'imminent', 'act', S, "about trying attempting middle killing ending",
    `(i'm|i am|im) ${ADV}(about to|trying to|attempting to|in the middle of) ${ADV}(${KS}|${METHOD}|jump${END}|die)|(i'm|i am) (killing myself|ending my life|ending it) (right )?now`),

  // ── means at hand, or at a height (moderate alone; high with distress; imminent with ideation)
  rule('suicide.means.at-hand', 'moderate', 'means', S, 'have got holding hold loaded cock pill tablet med gun pistol rifle knife blade razor rope noose belt bleach poison charcoal',
    `(i have|i've got|i got|got|i'm holding|holding|i've|have|i bought|bought|i've bought|i'm sitting with|sitting with) ${G(4)}(${MEDS}|gun|pistol|rifle|shotgun|firearm|handgun|knife|blade|blades|razor|razors|rope|noose|belt|cord|bleach|poison|charcoal|needle|needles) ${G(3)}(right here|here with me|in front of me|in my hand|in my hands|next to me|ready|with me|on (my|the) (desk|table|bed|lap|nightstand|counter)|by my bed|beside me|lined up|laid out|counted out|loaded|all here)|(the |my |these |those |all my |all the )(${MEDS}|gun|pistol|rifle|knife|blade|razor|rope|noose) (is |are )?(ready|loaded|right here|in front of me|in my hand|next to me|laid out|lined up|counted out|tied|set up|all here)|(i )?(loaded|cocked) (the|my|a|dad's|my dad's) (gun|pistol|rifle|shotgun)|holding (a |the |my )?(gun|knife|blade|razor|pills|rope)( to my| against my| in my)?`),
  rule('suicide.means.at-height', 'moderate', 'means', S, "edge ledge bridge roof rooftop cliff tracks railway railing top platform parapet side",
    `(i'm|i am|standing|sitting|stood|sat|i'm standing|i'm sitting|i'm up) ${ADV}(on|at|near|by|over|up on|on top of|at the top of) (the |a |this |my |that )?(edge|ledge|bridge|roof|rooftop|cliff|cliff edge|tracks|train tracks|railway tracks|railway line|railing|balcony railing|top floor|platform edge|parapet|side of the bridge|edge of the roof)(?! (of (a breakdown|tears|something)|with friends))`),

  // ── vague plan: risky only after ideation ──────────────────────────────────────────
  rule('suicide.vague-plan.do-it', 'none', 'vague-plan', S, "do go plan date time place will funeral affairs goodbye",
    `(i'm|i am|i'll|i will|going to|gonna|i'm going to|i'm finally|finally|i'm really) ${ADV}(do|doing|go through with) it (tonight|today|now|right now|this weekend|tomorrow|soon|this time|for real|for good)|(i|i've) (have|got|made|'ve got|'ve made) (a |my )?(plan|plans)( now)?${END}|(i|i've) (have|got|made) (a |the )?(date|time|place) (picked|chosen|set)|(made|wrote|written|updated|making|writing|sorted|sorting) (out )?my (will|funeral|affairs)|(put|putting|get|getting|got) my affairs in order|(said|saying) (all )?my goodbyes`),

  // ── preparation and farewell (high; imminent with ideation) ──────────────────────────
  rule('suicide.prep.stockpile', 'high', 'prep', S, "stockpil sav hoard collect count gather stash hid",
    `(stockpil(e|ed|ing)|sav(e|ed|ing) up|hoard(ed|ing)?|collect(ed|ing)|count(ed|ing) out|gather(ed|ing)|stash(ed|ing)|hid(den|ing)?|hide|hiding) ${G(3)}${MEDS}|(stockpil(e|ed|ing)|sav(e|ed|ing) up|hoard(ed|ing)?) (my |the )?(meds|medication|prescriptions?|doses)`),
  rule('suicide.prep.means-bought', 'high', 'prep', S, "noose rope charcoal helium exit",
    `(tied|i'm tying|made|i'm making|bought|i've got|got|i have|hung|set up|i'm setting up|put up) (a |the |my )?noose|noose (is )?(ready|tied|up|hanging)|(bought|ordered|got) (a |some |the )?(rope|charcoal|helium|exit bag) (for|to) (myself|it|hang|end)`),
  rule('suicide.farewell.note', 'high', 'farewell', S, "note letter message video",
    `(wrote|writing|written|write|left|leaving|finished|drafted|drafting) (a |my |the |some )?(suicide|goodbye|farewell|last) (note|notes|letter|letters|message|messages|video)|(suicide|goodbye) (note|letter)s?`),
  rule('suicide.prep.letters', 'low', 'prep', S, 'wrote writ written letter note',
    `(wrote|writing|written|write|finished|left) (the |my |some |all the )?(letters?|notes?) (to|for) (my |all my )?(family|parents|kids|children|mom|mum|dad|wife|husband|partner|friends|everyone|loved ones|sister|brother)`),
  rule('suicide.farewell.giving-away', 'high', 'prep', S, "giv gave",
    `(giving|gave|give|given) away ${G(1)}(all )?(my|most of my|all my|all of my) (stuff|things|belongings|possessions|clothes|games|books|pets|cat|dog|savings|money|jewellery|jewelry|stuff)`),
  rule('suicide.farewell.goodbye', 'high', 'farewell', S, "goodbye farewell end last time won't will see knowing gone",
    `(this is|it's|this will be|consider this) (my )?(goodbye|farewell|the end|my last (message|post|night|day|words|note|goodbye|text))|goodbye (everyone|world|forever|all|cruel world|everybody|for good|for the last time)|by the time (you|anyone|someone|somebody|they) (read|reads|see|sees|find|finds|get|gets) this|(i )?(won't|will not|will no longer) be (here|around|alive) (much longer|tomorrow|anymore|any more|by (tomorrow|morning|the weekend|monday|friday))(?! ([,.] )?(because|cause|since|as|so|i'm (travell?ing|away|off|going|out|flying|working|at|on|in|visiting)|i'll be (away|at|in|on|out)|we're|for (work|the|a|my)|but)(?= ))|(see you|see ya) (on the other side|in the next life|in another life)|(it was|it's been|it has been) (nice|good|great|an honour|an honor) knowing (you|everyone|y'all|you all)|(please )?(take care of|look after) my (cat|dog|pets|kids|children) (for me )?when i'm gone|this is my last (night|day|message|post)`),

  // ── attempts and acts ──────────────────────────────────────────────────────────────
  {
    id: 'suicide.attempt.tried', level: 'high', family: 'attempt', category: S,
    anchors: "tried tries try attempt suicid almost nearly surviv woke",
    src: `(tried|attempted|try|tries|attempt) (to )?${ADV}(${KS}|${METHOD})|my (last |first |second |third |latest |most recent |previous |recent )?(suicide )?attempts?|(i've|i have|i had|i|my) ${ADV}(made|survived|had) (\\S+ )?(suicide )?attempts?${END}|(since|after|before|during) my (last |first |suicide |second |third |latest |most recent )?attempt|(my|a|the|previous|past|last|first|second|third|latest) (failed )?(suicide )?attempts? (on my life|at (suicide|killing myself|ending my life))|(almost|nearly) (${KS_ED}|died by suicide|succeeded)|(survived|woke up after) (my |an |the )?(overdose|attempt|suicide attempt)`,
    overrides: ['suicide.thoughts', 'suicide.method.want-method'],
  },
  {
    // Interrupted or aborted attempts (C-SSRS behaviour): a means put to the body, or "almost".
    id: 'suicide.attempt.aborted', level: 'high', family: 'attempt', category: S,
    anchors: 'put held hold press had almost nearly stood sat climb',
    src: `(put|held|holding|hold|pressed|pressing|had) (a |the |my |his |dad's |my dad's )?(knife|blade|razor|gun|pistol|rifle|rope|belt|noose|cord|scarf|bag) (to|against|around|on|over) my (wrists?|throat|neck|head|temple|chest|mouth)|(almost|nearly) (jumped|overdosed|hanged myself|hung myself|pulled the trigger|did it|went through with it|took (all )?(the |my )?(pills|meds)|drove off|stepped in front)|(stood|sat|was standing|was sitting|climbed) ${G(2)}(on|onto|over|up to) (the |a )?(edge|ledge|railing|parapet|tracks|train tracks|cliff edge|edge of (the|a) \\S+)`,
  },
  {
    id: 'suicide.act.overdose-taken', level: 'imminent', family: 'act', category: S, also: 'medical_emergency',
    anchors: "took taken swallow down ate popp chug neck",
    src: `(took|taken|swallowed|downed|ate|popped|chugged|necked|have taken|had taken) ${ADV}(like |about |around |maybe |over |almost |nearly |at least |more than |probably )?${QTY} ${G(3)}${MEDS}|(took|taken|swallowed|have taken) (an |a |another )?overdose|(took|taken|swallowed|downed|popped) ${ADV}(my |the |her |his )?(whole|entire) (\\S+ )?(bottle|box|pack|packet|supply|prescription|stash)`,
    overrides: ['suicide.thoughts', 'suicide.method'],
  },
  rule('suicide.act.overdosed', 'imminent', 'act', S, "overdos",
    `(i|i've|i have|i just|just|i think i|i might have|i may have|i've just) ${ADV}(overdosed|overdosing)|(i'm|i am) (overdosing|od'ing)`, { also: 'medical_emergency' }),

  // ── mentions and someone else (low) ─────────────────────────────────────────────────
  rule('suicide.mention', 'low', 'mention', S, 'suicid noose overdose',
    `suicide|suicidal|suicides|noose|overdose|overdoses`, { self: true }),
  rule('suicide.third-party', 'low', 'third-party', S, "himself herself themsel his her their",
    `(kill|killing|killed|kills|hurt|hurting|hurts|cut|cutting|cuts|harm|harming|harms|burn|burning|starving|hang|hanging|hanged|shoot|shot|drown|drowned|overdose|overdosed) (himself|herself|themselves|themself)|(end|ending|ended|take|taking|took) (his|her|their) (own )?life|(tried|attempted) (to )?(kill (himself|herself|themselves)|end (his|her|their) life)`, { self: true, negatable: false }),
];

