// Plain-speech forms of the warning signs in public crisis-line guidance: talking about
// wanting to die or not being here, being a burden, feeling trapped or without a way forward,
// not being safe, saying goodbye, and the everyday distress (sleep, drinking, withdrawal, a hard
// time) that often comes first. Kept apart from the textbook phrasings in suicide.ts because
// these are vaguer and lean harder on the context checks.
import { ADV, END, G, rule } from './macros';
import type { RuleSpec } from './types';

const S = 'suicide' as const;

export const PLAIN_SPEECH_RULES: RuleSpec[] = [
  rule('suicide.hopeless.no-point', 'moderate', 'hopeless', S, "see point what's what",
    `(don't|do not|can't|cannot|no longer|don't really|honestly don't) ${ADV}see (the |any )?point (anymore|any more|in (anything|any of (it|this)|living|life|going on|trying|being here|carrying on|waking up|it all))|(don't|do not|can't) see the point${END}|(what's|what is) (even )?the point (of me|of anything|anymore)`),
  rule('suicide.wish.want-it-over', 'moderate', 'wish', S, "end stop over away",
    `(want|wish|need|wanted) (it all|everything|all of (it|this)|my life|it|this|things) ${ADV}to (end|stop|be over|go away)${END}|(wish|want) (it|everything) (would|could|to) (all )?${ADV}(end|stop|be over)${END}`),
  rule('suicide.burden.easier-without', 'moderate', 'burden', S, 'easier better simpler lighter need',
    `(easier|better|simpler|lighter) (for (everyone|everybody|them|my family|people|you all) )?(if i (wasn't|weren't|was not|were not) (around|here|alive|in the picture|there)|if i (was|were) gone|if i (disappeared|died|didn't exist))|better off (gone|not existing|not here|not around|not alive)|(the world|nobody|no one|they|everyone) (doesn't|does not|don't|do not|won't|wouldn't) (need|want|miss) me${END}`, { self: true }),
  rule('suicide.hopeless.how-much-longer', 'moderate', 'hopeless', S, "don't know longer",
    `(don't|do not) know how (much )?(long|longer) (i can|i'll be able to|i can keep|i can go on|i'm going to) ${ADV}(keep going|go on|do this|keep doing this|hold on|take (it|this)|last|survive|keep living|stay|live)|(can't|cannot) (hold on|keep fighting|fight this) (much|any) longer`),
  rule('suicide.wish.not-being-here', 'moderate', 'wish', S, 'think thought dying death dream',
    `(think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (a lot |so much |more and more |constantly |sometimes )?about (not being (here|around|alive)( anymore)?|not waking up|not existing|disappearing forever|dying|being dead|my own death|my funeral)|(keep|kept|can't stop) thinking about (dying|death|being dead|not being here)`),
  rule('suicide.hopeless.done-with', 'moderate', 'hopeless', S, "done finished tired no way forward reason point",
    `(i'm|i am|so|just|really|completely) ${ADV}(done|finished) with (everything|it all|all of it|this life|living)${END}|(i'm|i am) ${ADV}tired of fighting${END}|(no|any) (reason|point) (for me )?to (be here|stay|be alive|keep going|go on)|(can't|cannot) see (any|a) way (forward|out|through)|(there's|there is|i see) no way (forward|out|through)|feel like there's no way out`),
  rule('suicide.thoughts.not-safe', 'high', 'thoughts', S, "promise guarantee safe scared afraid",
    `(can't|cannot|couldn't|won't|don't think i can) (promise|guarantee|say) (that )?i('ll| will| can| could)? (be|stay|keep myself) safe|(don't|do not|can't|no longer) feel safe (with|around|by) myself|(i'm|i am) not safe (on my own|alone|by myself|with myself|right now|tonight|around myself)|(scared|afraid|terrified|worried) (of )?what i (might|could|will|'ll|am going to|'m going to) do( to myself)?|(scared|afraid|terrified|worried) (that )?i('ll| will| might| could| am going to|'m going to) (kill myself|end my life|do something to myself|not make it through (the night|tonight))`),
  rule('self_harm.urge.scared', 'high', 'sh-urge', 'self_harm', 'scared afraid terrified worried',
    `(scared|afraid|terrified|worried) (that )?i('ll| will| might| could| am going to|'m going to) (hurt|harm|cut|burn) myself`),
  rule('self_harm.act.head', 'high', 'sh-act', 'self_harm', 'hit bang',
    `(hit|hitting|bang|banged|banging) my head ${G(4)}(on purpose|until (it|i) (bled|bleeds|bleed|hurt|hurts)|to (feel|punish|hurt))`),
  rule('suicide.farewell.plain', 'high', 'farewell', S, "here around alive hear goodbye bye",
    `(don't think|doubt) i('ll| will) be (here|around|alive) (much longer|for (much )?long|next week|next year|tomorrow|by (tomorrow|the weekend|morning))|(this will be|this is) the last (time )?(you|anyone) (will )?hear(s)? from me|(just )?(wanted|want|needed) to say (goodbye|bye)( to (everyone|you all|you))?${END}|(i'm|i am) saying (my )?goodbyes?`),
  rule('suicide.vague-plan.plain', 'none', 'vague-plan', S, "mind do something this",
    `(i've|i have)? ?made up my mind${END}|my mind is made up|(i )?know (exactly )?how i('d| would| will|'ll| could| am going to|'m going to|'m gonna) do it|(i've|i have) (been )?(thinking|thought) about how i('d| would) do it|(going to|gonna|about to|might) do something (stupid|drastic|final|i can't take back)|this is it for me${END}`),
  rule('suicide.farewell.sorry', 'low', 'farewell', S, 'tell',
    `tell (my \\S+|everyone|them|her|him) (that )?i('m| am) sorry|tell (my \\S+|everyone|them) (that )?i love(d)? (them|her|him|you all)`, { self: true }),
  rule('suicide.method.researching-plain', 'high', 'prep', S, 'research googl look read',
    `(research(ed|ing)?|googl(ed|ing)|look(ed|ing) (up|into)|read(ing)? about) (different |suicide )?(methods|ways to go|ways to do it|how people do it)${END}`),
  rule('suicide.hopeless.terse', 'moderate', 'hopeless', S, "point worth pointless hopeless meaningless change better okay ok want wanna keep go carry hold alive living existence existing waking live",
    `(what's|what is|whats) (even )?the point${END}|(there's|there is) (just )?no point${END}|(it's|its|it is|nothing is|none of this is|life is|life's) (not |no longer )?worth it (anymore|any more)|(everything's|everything is|life's|it's all|it's) ${ADV}(pointless|hopeless|meaningless)${END}|nothing's ${ADV}(ever )?(going to|gonna|gunna) (change|get better|be okay|be ok)|(not sure|don't know if|don't know whether|unsure if) i (want|wanna) to (be here|live|be alive|keep going|go on|exist|stay)|(don't|do not) think i can (keep going|go on|keep living|carry on|do this much longer|hold on|keep doing this)|hate (being alive|living|my existence|existing|that i'm alive|waking up)|(can't|cannot) live (like this|with (this|myself|the guilt|the pain|what i did))`),
  rule('suicide.wish.terse', 'moderate', 'wish', S, "disappearing vanishing existing here giving existed born exist notice care",
    `(feel|feeling|felt) like (disappearing|vanishing|not existing|not being here|giving up on life)|better (if|that) i (never existed|had never been born|hadn't been born|was never born|didn't exist)|(no one|nobody) would (even |ever )?(notice|care)${END}`),
  rule('suicide.farewell.terse', 'high', 'farewell', S, "won't not going check thinking",
    `(won't|will not|am not going to|i'm not going to|not gonna) be (a )?(problem|burden|bother|worry) (for|to) (anyone|you|them|anybody|my family|everyone) (much longer|anymore|for long|soon)|(i'm|i am) not going to be (here|around|alive) (much longer|tomorrow|next week|by (tomorrow|the weekend|morning))`, { self: true }),
  rule('suicide.thoughts.check-out', 'high', 'thoughts', S, 'check',
    `(check|checking|checked) out (for good|permanently|of (life|this world|existence)|early|of here for good)`),
  rule('suicide.prep.pets-pills', 'high', 'prep', S, 'sav gave giv rehom',
    `sav(e|ed|ing) (up )?(all )?(my |the )?(pills|meds|medication|tablets|sleeping pills|prescriptions?)|(gave|given|giving|rehomed|rehoming) (away )?my (cat|dog|pets?|rabbit|bird|fish) (away )?(to|so|because)`, { self: true }),
  rule('suicide.means.ready', 'none', 'means', S, 'got have everything this',
    `(i've got|i have|got|i've) everything (ready|sorted|planned|set|in place|prepared)${END}`, { self: true }),
  // ── everyday distress ───────────────────────────────────────────────────────────────
  rule('distress.hard-time', 'low', 'distress', undefined, "having had been going through hard rough tough difficult bad terrible awful shit dark things life",
    `(having|going through|had|been having) (a |such a |a really |a very |a pretty |some |another )?(hard|rough|tough|difficult|bad|terrible|awful|shit|shitty|dark) (time|day|week|month|year|few weeks|few days|patch|period)|things (have been|are|'ve been|were) ${ADV}(hard|rough|tough|difficult|bad|heavy|dark|too much)|life (is|feels|has been) ${ADV}(hard|too hard|so hard|heavy|overwhelming|unbearable|too much)`),
  rule('distress.symptoms', 'low', 'distress', undefined, "haven't have not can't couldn don't lost drink using isolat withdraw shut stopped work snapping",
    `(haven't|have not|can't|couldn't|cannot|not) (been )?(sleeping|slept|sleep)( (well|much|properly|at all|in days|for days))?${END}|(haven't|have not|can't|couldn't|not) (been )?(sleeping|slept|sleep) (well|much|properly|at all|in days|for days)|(don't|do not|can't) enjoy (anything|things|life|what i used to)|lost (all )?interest in (everything|anything|things|life)|(drinking|using|smoking) (a lot |way |so much )?(more|heavily|too much|every night|to cope|to forget)|(isolating|withdrawing|withdrawn|shutting) (myself )?(from|away|off)|(shut|cut) myself off|stopped (seeing|talking to) (my )?(friends|family|anyone|everyone)|work (has been|is) ${ADV}(stressful|overwhelming|too much|crushing|unbearable|awful)|(snapping|lashing out) at (everyone|people|my \\S+)`, { self: true }),
  rule('distress.giving-up', 'low', 'distress', undefined, "tired sick exhausted hates against hurts giving pain disappointment",
    `(so |really |just )?(tired|sick|exhausted) of (everything|it all|everyone|all of it)${END}|(everyone|everybody) (hates|is against) me|it (all )?hurts (too much|so much)${END}|(feel|felt|feeling) like giving up|(want|need) (the|this) pain to (stop|end|go away)|(i'm|i am|i feel like i'm|i feel like) (just )?(a |such a )?disappointment to (everyone|my \\S+|them)`),
];
