// Harm to others: anger (distress) → thoughts of violence → intent → intent with a weapon or
// a time (imminent). Hyperbole ("I'm going to kill my sister if she eats my fries again",
// "lol") is lowered in context/modifiers.ts; idioms ("I'd kill for a coffee") are masks.
import { ADV, G, RELATION, rule } from './macros';
import type { RuleSpec } from './types';

const HO = 'harm_to_others' as const;

const TARGET = `(him|her|them|someone|somebody|anyone|anybody|people|everyone|everybody|my (\\S+ )?${RELATION}|(the|that|this|those|these) (guy|man|woman|girl|boy|kid|kids|teacher|boss|baby|people|bitch|bastard|asshole|idiot|prick|cunt|fucker)|(my|the|our) (whole )?(class|school|office|coworkers|classmates|team))`;
const HARM_BASE = '(kill|murder|stab|shoot|strangle|choke|smother|poison|hurt|harm|beat|beat up|attack|run over|bash|slit|drown|torture|punch|hit)';
const HARM_ING = '(killing|murdering|stabbing|shooting|strangling|choking|smothering|poisoning|hurting|harming|beating|attacking|drowning|torturing|punching|hitting|shaking)';

export const HARM_TO_OTHERS_RULES: RuleSpec[] = [
  rule(':intent', 'high', 'violence', HO, `(want|wanted|wanting|going|need|plan|planning|planned|decided|intend|intending|about|tempted|urge|urges|desire|ready|have|will|'ll|i'll|i will|i'm going|i am going|i'm about|i'm ready|i could|i might|i would|i'd) (to )?${ADV}${HARM_BASE} ${TARGET}(?! (feelings|chances|reputation|career|ego|pride))`),
  rule(':revenge', 'high', 'violence', HO, `(going to|want to|will|'ll|about to|need to) ${ADV}(beat the (shit|crap|hell|life) out of ${TARGET}|make ${TARGET} (pay|suffer|bleed)(?! for (dinner|lunch|drinks|the (bill|tab|meal|tickets|damage)|rent|half|it|his|her|their|my))|get (my )?revenge on ${TARGET}|put ${TARGET} in (the )?hospital)`),
  rule(':thoughts', 'high', 'violence', HO, `(thoughts|thinking|thought|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|imagine|imagining|urges?|ideas|picture|picturing|obsess|obsessing|keep thinking) (about|of)? ${ADV}${HARM_ING} ${TARGET}`),
  rule(':intrusive', 'moderate', 'violence', HO, `(intrusive|unwanted|scary|horrible|awful|disturbing) ${G(2)}(thoughts?|images?|urges?) ${G(2)}(about|of) ${ADV}${HARM_ING} ${TARGET}`, { overrides: ['harm_to_others.thoughts'] }),
  rule(':mass', 'high', 'violence', HO, `(shoot up|bomb|blow up|attack|shoot everyone (at|in)|shoot people (at|in)|massacre) (the |my |our |this |that )?(school|class|office|workplace|church|mosque|synagogue|temple|mall|building|work|campus|college|university|concert|party)|(bring|bringing|take|taking) (a |my |the |my dad's |my father's |my mom's |his |a loaded )?(gun|rifle|knife|weapon|pistol|bomb) to (school|class|work|the office|campus|church)`),
  rule(':baby', 'high', 'violence', HO, `(scared|afraid|worried|terrified) (that )?i (might|will|'ll|could|am going to|'m going to) ${ADV}(${HARM_BASE}|shake|smother|drown) (my |the )?(baby|babies|kid|kids|child|children|son|daughter|newborn)`),
];
