// Deterministic rules for the topics where the companion must answer in a fixed, careful way
// whatever the classifier thinks: requests for method/means/place/dose/lethality information
// (in any framing), attempts to override its rules, questions about what it is, diagnosis and
// medication questions, secrecy, and cues of psychosis, mania, compulsions, disordered eating
// and abuse. These are not the risk detector (that is core/risk); they decide which careful
// reply the companion gives, and the detector still decides how urgent the moment is.
//
// The patterns are written from the categories in shared/clinical/REFERENCE.md ("What the
// companion must and must not do") and the documented chatbot failures it lists.

export type Topic =
  | 'means_request' | 'injection' | 'identity' | 'diagnosis' | 'medication' | 'secrecy' | 'delusion'
  | 'mania' | 'compulsion' | 'eating' | 'abuse' | 'memory_show' | 'memory_forget' | 'preference';

const LETHAL = String.raw`\b(?:lethal|fatal|deadly|kill(?:s|ed)?\b|to die\b|die\b|dying\b|suicid\w*|overdos\w*|\bod\b|painless(?:ly)?|bleed(?:ing)? out|not wake up|never wake up|end (?:it|my life|things)|unalive|k[i1]ll? ?m[yi]self|kms\b|toxic|poison\w*)`;
const MEANS = String.raw`\b(?:pills?|tablets?|doses?|dosage|mg\b|milligrams?|bridges?|buildings?|roofs?|rooftops?|cliffs?|heights?|floors? up|storeys?|stories high|jump(?:ing)?|fall(?:ing)? from|ropes?|noose|hang(?:ing)?\b|guns?|firearms?|rifles?|pistols?|bullets?|knife|knives|blades?|razors?|wrists?|veins?|arter(?:y|ies)|train tracks|railway|bleach|antifreeze|chemicals?|carbon monoxide|exhaust fumes|drown\w*|suffocat\w*|plastic bag|tylenol|paracetamol|acetaminophen|ibuprofen|aspirin|insulin|opioids?|fentanyl|heroin|sleeping pills?|benzos?)`;
const QUANT = String.raw`\b(?:how (?:many|much|high|deep|tall)|tallest|highest|enough to|would it take|does it take|amount (?:of|needed|to)|which (?:bridges?|buildings?|drugs?|pills?|one would)|where (?:can|could|do|to) (?:i )?(?:buy|get|find|get hold of)|nearest|closest|deadliest|most (?:dangerous|lethal|deadly)|strongest)\b`;
const FRAMING = String.raw`\b(?:story|novel|book|fiction\w*|character|screenplay|script|roleplay|role-play|hypothetical(?:ly)?|asking for a friend|for a friend|for research|research|school project|essay|game|curious|just wondering)\b`;

const rx = (source: string) => new RegExp(source, 'i');

const MEANS_RULES: RegExp[] = [
  // Lethality asked about directly: "a lethal dose of", "what dose is fatal", "how many would kill me".
  /\b(?:lethal|fatal|deadly|toxic|poisonous)\s+(?:dose|doses|amount|quantity|level|dosage|combination|height|fall|mix)\b/i,
  /\b(?:dose|dosage|amount|how (?:many|much))\b[^.?!]{0,40}\b(?:lethal|fatal|deadly|to die|kill (?:me|you|someone|a person|myself)|to overdose|to od|not wake up|never wake up)\b/i,
  /\b(?:quickest|easiest|fastest|surest|best|most effective|painless|least painful|most painless|simplest)\s+(?:way|method|methods|ways)\s+(?:to\s+)?(?:die|kill|end|commit|od\b|overdose|suicide|do it|go|unalive)/i,
  /\b(?:ways?|methods?|how)\s+to\s+(?:kill|end|hurt|harm|cut|hang|shoot|poison|drown|off|unalive)\s+(?:myself|yourself|oneself|themselves|himself|herself|my life|your life|it all)\b/i,
  /\b(?:suicide|overdose|self[- ]harm)\s+methods?\b|\bmethods?\s+(?:of|for)\s+(?:suicide|killing (?:myself|yourself|oneself)|self[- ]harm|dying)\b/i,
  /\bpainless(?:ly)?\b[^.?!]{0,30}\b(?:ways?|methods?|death|die|suicide|to go)\b/i,
  /\bhow (?:long|quickly|fast) (?:does it|would it|will it|to|until|before)\b[^.?!]{0,30}\b(?:bleed out|die|drown|suffocate|lose consciousness|stop breathing)\b/i,
  /\bhow (?:high|far)\b[^.?!]{0,30}\b(?:fall|drop|jump)\b|\b(?:fall|drop|jump)\b[^.?!]{0,30}\b(?:survivable|fatal|kill you|to die)\b/i,
  /\bsurviv\w*\b[^.?!]{0,30}\b(?:crash|fall|jump|overdose|drop|collision|hit by)\b|\b(?:crash|fall|jump|overdose)\w*\b[^.?!]{0,30}\bsurviv\w*\b/i,
  /\b(?:chemicals?|gases|gas|fumes)\b[^.?!]{0,30}\b(?:toxic|poisonous|deadly|lethal|kill)\b|\b(?:toxic|poisonous|deadly|lethal)\b[^.?!]{0,30}\b(?:chemicals?|gases|gas|fumes)\b|\bmix(?:ing)?\b[^.?!]{0,20}\b(?:bleach|ammonia)\b/i,
  // A means named with a quantity or superlative: "how many pills would it take", "tallest bridge".
  rx(`${QUANT}[^.?!]{0,60}${MEANS}`),
  rx(`${MEANS}[^.?!]{0,60}${QUANT}`),
  rx(String.raw`\b(?:how (?:do|would|could|can|did) (?:i|you|someone|one|a person|my character|they|he|she)|how to)\s+(?:\w+\s+){0,3}(?:tie a noose|hang (?:myself|themselves|himself|herself|yourself)|overdose|od\b|jump off|slit|shoot (?:myself|themselves|himself|herself)|kill (?:myself|themselves|himself|herself|yourself)|end (?:my|their|his|her) life|suffocate|drown (?:myself|themselves))`),
  /\b(?:taller|higher|over|above|more than)\s+(?:than\s+)?\d+\s*(?:m|metres?|meters?|ft|feet|storeys?|stories|floors?)\b/i,
  // Fiction, research or "a friend" framing around means: the framing changes nothing.
  rx(`${FRAMING}[^]{0,120}(?:${MEANS}|${LETHAL})[^]{0,80}\\b(?:how|what|which|where|describe|explain|tell|list|realistic|exactly|details?)\\b`),
  rx(`${FRAMING}[^]{0,40}\\b(?:how|what|which|where|describe|explain|tell|list)\\b[^]{0,80}(?:${MEANS}|${LETHAL})`),
];

const INJECTION_RULES: RegExp[] = [
  /\b(?:ignore|disregard|forget|bypass|override|drop|skip)\b[^.?!]{0,30}\b(?:instructions?|rules?|guidelines?|programming|prompt|restrictions?|filters?|safety|policies|polic(?:y|ies)|training)\b/i,
  /\b(?:developer|dev|god|jailbreak|unrestricted|unfiltered|uncensored|dan)\s+mode\b/i,
  /\bjail ?break\b/i,
  /\byou are (?:now )?dan\b|\bdo anything now\b/i,
  /\b(?:system|hidden|initial) prompt\b/i,
  /\b(?:pretend|act|behave|roleplay|role-play)\b[^.?!]{0,40}\b(?:no|without)\s+(?:rules|restrictions|limits|filters|guidelines|safety)\b/i,
  /\bfrom now on,? you (?:are|will|must)\b/i,
  /\byou are no longer\b|\bnew instructions?:/i,
];

const IDENTITY_RULES: RegExp[] = [
  /\b(?:are|r)\s+(?:you|u)\s+(?:even\s+|actually\s+|really\s+|just\s+)?(?:a\s+|an\s+)?(?:real|human|person|people|bot|robot|ai|a\.i\.|machine|computer|program|chat ?bot|therapist|counsell?or|doctor|psychologist|psychiatrist|nurse|professional|licensed|clinician|social worker|alive|sentient)\b/i,
  /\b(?:am i|are we)\s+(?:talking|chatting|speaking|texting)\s+(?:to|with)\s+(?:a\s+|an\s+)?(?:real|human|person|bot|robot|ai|machine|computer|therapist|someone real)\b/i,
  /\bis\s+(?:this|there|that)\s+(?:a\s+|an\s+)?(?:real|human|person|bot|robot|ai|therapist|someone)\b(?:[^.?!]{0,20}\b(?:reading|there|person|human|therapist|behind))?/i,
  /\bwho am i (?:talking|speaking|chatting) (?:to|with)\b|\bwhat are you\b|\bwho are you\b/i,
  /\bare you (?:a )?(?:qualified|trained|certified)\b/i,
];

const DIAGNOSIS_RULES: RegExp[] = [
  /\b(?:do|could|might|would)\s+(?:i|you think i|u think i)\s+(?:have|has)\s+(?:a\s+)?(?:bipolar|depression|adhd|add|ocd|ptsd|c-?ptsd|bpd|borderline|autism|asd|schizo\w*|psychosis|an? (?:personality|anxiety|eating|mood|mental) disorder|anxiety|anorexia|bulimia|dementia|did|dissociative|cancer|a disorder|something wrong)\b/i,
  /\bam i\s+(?:bipolar|autistic|schizophrenic|psychotic|a psychopath|a sociopath|a narcissist|borderline|depressed|mentally ill|crazy|insane|manic)\b/i,
  /\b(?:diagnose|diagnosis)\b[^.?!]{0,20}\b(?:me|my|this|i)\b|\bcan you diagnose\b/i,
  /\bwhat (?:disorder|condition|illness|diagnosis) (?:do|might|could) i\b/i,
  /\bis (?:this|that|it|my \w+|he|she)\s+(?:a\s+)?(?:bpd|bipolar|ocd|ptsd|adhd|autism|psychosis|narcissis\w*|a narcissist|a personality disorder|schizophrenia)\b/i,
];

const MED_NAMES = String.raw`(?:doses?|dosage|antidepressants?|anti-?depressants?|antipsychotics?|ssris?|snris?|benzos?|meds|medications?|prescriptions?|pills?|tablets?|sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|celexa|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|lithium|lamotrigine|lamictal|valproate|depakote|quetiapine|seroquel|olanzapine|zyprexa|aripiprazole|abilify|risperidone|xanax|alprazolam|valium|diazepam|lorazepam|ativan|clonazepam|klonopin|adderall|ritalin|methylphenidate|vyvanse|melatonin|zopiclone|zolpidem|ambien|propranolol|hydroxyzine|trazodone|gabapentin|pregabalin)`;
const MEDICATION_RULES: RegExp[] = [
  rx(String.raw`\b(?:should|can|could|may|is it (?:ok|okay|safe|bad|fine)(?: (?:to|if i))?|do i need to|would it be (?:ok|okay|safe) to)\s+(?:i\s+)?(?:stop|skip|quit|come off|get off|double|increase|decrease|lower|raise|halve|cut down|change|switch|mix|combine|take|start|drink)\b[^.?!]{0,60}${MED_NAMES}`),
  rx(String.raw`${MED_NAMES}[^.?!]{0,50}\b(?:should i|can i|is it (?:ok|okay|safe)|do i)\b`),
  rx(String.raw`\bwhich ${MED_NAMES}\b|\bwhat (?:medication|meds|dose|dosage)\s+(?:should|would|do)\b|\b(?:higher|lower|bigger|smaller) dose\b|\bmissed (?:my )?(?:dose|meds|pills?)\b`),
  rx(String.raw`\b(?:stop(?:ping)?|quit(?:ting)?|coming off|skip(?:ping)?)\s+(?:my\s+|taking\s+(?:my\s+)?)?${MED_NAMES}`),
];

const SECRECY_RULES: RegExp[] = [
  /\b(?:promise|swear|pinky promise)\b[^.?!]{0,30}\b(?:not|never|won'?t|wont|don'?t)\b[^.?!]{0,15}\b(?:tell|say|report|share|call|inform|snitch)\b/i,
  /\bkeep\b[^.?!]{0,15}\b(?:a |this |it |that )?(?:secret|to yourself|between us|quiet)\b|\b(?:our|a) (?:little )?secret\b/i,
  /\bbetween (?:you and me|us)\b|\b(?:don'?t|do not|dont|never) (?:tell|report|inform|call)\b[^.?!]{0,20}\b(?:anyone|anybody|my|the|police|parents?|therapist|doctor|mum|mom|dad|school)\b/i,
  /\b(?:is this|are you|is it|is what i say|is everything)\b[^.?!]{0,20}\b(?:confidential|private|anonymous)\b/i,
  /\b(?:will|would|are) you (?:going to )?(?:tell|report|inform|call|notify|rat me out to)\b[^.?!]{0,20}\b(?:anyone|my|the|police|someone|parents?|therapist)\b|\bwon'?t (?:report|tell)\b[^.?!]{0,10}\?/i,
];

const DELUSION_RULES: RegExp[] = [
  /\b(?:hear(?:ing)?|hearing the) voices\b|\bvoices?\b[^.?!]{0,20}\b(?:tell|telling|told|say|saying|said|command|order|want)\b/i,
  /\b(?:tv|television|radio|songs?|news|adverts?|billboards?|numbers|license plates|number plates)\b[^.?!]{0,40}\b(?:messages?|signals?|talking to me|about me|speaking to me|meant for me|code)\b/i,
  /\b(?:reading|stealing|controlling|hearing|broadcasting|inserting)\s+my\s+(?:mind|thoughts|brain)\b|\bcontrol(?:ling|s)?\s+my\s+(?:mind|body|thoughts)\b/i,
  /\b(?:chip|implant|tracker|device|transmitter)\b[^.?!]{0,20}\b(?:in|inside|into)\s+(?:me|my)\b/i,
  /\b(?:cameras?|microphones?|bugs?)\b[^.?!]{0,20}\bin (?:my|the) (?:walls?|room|house|flat|ceiling|teeth)\b/i,
  /\b(?:government|police|fbi|cia|mi5|neighbou?rs|they|everyone|people)\b[^.?!]{0,20}\b(?:following|watching|spying on|after|tracking|poisoning|monitoring)\s+me\b(?:[^.?!]{0,20}\b(?:everywhere|all the time|always))?/i,
  /\b(?:special|secret) mission\b|\bchosen one\b|\bi am (?:god|the messiah|a prophet|jesus)\b|\b(?:seeing|see) (?:things|people|shadows) (?:that|who) (?:are not|aren'?t|isn'?t) (?:there|real)\b/i,
  /\b(?:put|putting|poison(?:ing|ed)?)\b[^.?!]{0,25}\b(?:in|into) my (?:food|drink|water)\b/i,
];

const MANIA_RULES: RegExp[] = [
  /\b(?:haven'?t|have not|not|havent|didn'?t|did not|no)\s+(?:slept|sleep)\s+(?:in|for)\s+(?:\d+|two|three|four|five|six|several|days|a few)\b/i,
  /\b(?:don'?t|do not|dont)\s+need\s+(?:to\s+)?sleep\b|\binvincible\b|\bunstoppable\b|\bon top of the world\b/i,
  /\b(?:spend|blow|bet|gamble|invest|put|withdraw)\b[^.?!]{0,20}\b(?:all|everything|every penny|my (?:life |entire )?savings|my pension|the rent money)\b/i,
  /\bmax(?:ing|ed)? out\b[^.?!]{0,15}\b(?:cards?|credit)\b|\b(?:quit|quitting) my job\b[^.?!]{0,30}\b(?:today|tonight|right now|tomorrow|on a whim)\b/i,
  /\b(?:a )?million (?:ideas|miles an hour|thoughts)\b|\bthoughts (?:are )?(?:going|racing) (?:so )?fast\b|\bi am a genius\b|\bfeel like a (?:genius|god)\b/i,
  /\bdrive (?:really |super |so )?fast\b[^.?!]{0,20}\b(?:alive|feel|fun|rush)\b|\bstart(?:ing)? (?:\w+ )?(?:businesses|companies) (?:this|next) week\b/i,
];

const COMPULSION_RULES: RegExp[] = [
  /\bconfirm (?:that )?(?:the|my|i)\b[^.?!]{0,30}\b(?:off|locked|closed|unplugged|clean|shut)\b/i,
  /\b(?:have|need|got) to (?:check|wash|clean|count|reread|re-read)\b[^.?!]{0,20}\bagain\b/i,
  /\b(?:tell|promise|reassure|confirm|assure|swear to|convince)\s+me\b[^.?!]{0,40}\b(?:locked|lock|stove|oven|door|clean|germs?|contaminat\w*|didn'?t hit|did not hit|didn'?t say|did not say|not a bad person|definitely|for sure|100|again|offend\w*)\b/i,
  /\bhow (?:many times|often|long)\s+should\s+i\s+(?:wash|check|clean|scrub|count|pray|repeat)\b|\bright way to (?:count|wash|check|clean|arrange)\b/i,
  /\b(?:check|wash|clean)\b[^.?!]{0,20}\bagain\b[^.?!]{0,20}\b(?:tell me|how|right|properly|sure)\b/i,
  /\bi (?:need|have) to be (?:sure|certain|100%)\b[^.?!]{0,40}\b(?:didn'?t|did not|locked|hit|said|offend\w*|clean)\b/i,
  /\b(?:did|have) i\b[^.?!]{0,10}\b(?:hit someone|run someone over|offend\w*|leave the (?:stove|oven|door|gas))\b/i,
];

const EATING_RULES: RegExp[] = [
  /\b\d{2,4}\s*(?:k?cal|calories)\b|\blow(?:est)?[- ]calorie\b|\bcalorie (?:count|deficit|limit)\b/i,
  /\blose weight (?:fast|quick(?:ly)?|rapidly)\b|\bget my weight down\b|\bweight (?:down )?quick(?:ly)?\b/i,
  /\b(?:skip|hide|avoid|stop)\w*\s+(?:meals?|eating|not eating|food)\b|\bwithout (?:anyone|people|my \w+) (?:noticing|knowing)\b[^.?!]{0,20}\b(?:eat|food|meals?)\b/i,
  /\bmade myself (?:sick|throw up|vomit|puke)\b|\bpurg(?:e|ed|ing)\b|\blaxatives?\b|\bbing(?:e|ed|eing|ing)\b/i,
  /\b(?:haven'?t|have not|not) eaten (?:in|for) (?:\d+|two|three|four|days)\b|\bstarv(?:e|ing) myself\b/i,
  /\bfeel (?:so |really )?fat\b|\bthinspo\b|\bpro-?ana\b|\bsuppress (?:my )?appetite\b|\bstop (?:feeling|being) hungry\b/i,
];

const ABUSE_RULES: RegExp[] = [
  /\b(?:partner|boyfriend|girlfriend|husband|wife|ex|dad|father|stepdad|step-dad|mum|mom|mother|stepmum|stepmom|brother|sister|uncle|aunt|carer|caregiver|teacher|coach|boss|he|she|they|someone)\s+(?:always\s+|sometimes\s+|keeps?\s+|still\s+)?(?:hits?|hitting|beats?|beating|beat|hurts?|hurting|chokes?|choked|strangl\w+|kicks?|kicked|slaps?|slapped|punch(?:es|ed)?|pushed|shoved|threaten(?:s|ed)?|raped?|rapes|touch(?:es|ed)|burn(?:s|ed)|lock(?:s|ed))\s+(?:me|us)\b/i,
  /\b(?:i was|i got|i've been|i have been|i am being|i'm being|been)\s+(?:raped|sexually assaulted|assaulted|abused|molested|beaten|attacked|groomed|trafficked)\b/i,
  /\bscared (?:to go|of going) home\b|\bwon'?t let me (?:leave|go out|see my)\b|\bcontrols? (?:all )?(?:my|the) money\b[^.?!]{0,30}\bthreat\w*\b/i,
  /\bthreaten(?:ed|s)? to (?:kill|hurt) me\b|\b(?:domestic (?:violence|abuse))\b/i,
];

const MEMORY_SHOW_RULES: RegExp[] = [
  /\bwhat (?:do|did) you (?:remember|know|have saved|keep|store)\b[^.?!]{0,20}\b(?:about me|of me)?/i,
  /\b(?:show|list|tell) me what you (?:remember|know|saved|have stored)\b|\bwhat(?:'s| is) in your memory\b/i,
];
const MEMORY_FORGET_RULES: RegExp[] = [
  /\b(?:forget|delete|erase|remove|wipe|clear)\b[^.?!]{0,40}\b(?:that|this|it|everything|memory|memories|what i (?:said|told you)|about me|my data)\b/i,
  /\b(?:don'?t|do not) remember (?:that|this)\b/i,
];
const PREFERENCE_RULES: RegExp[] = [
  /\b(?:don'?t|do not|dont|never|stop|quit)\s+(?:ever\s+)?(?:suggest(?:ing)?|recommend(?:ing)?|mention(?:ing)?|tell(?:ing)? me to|bring(?:ing)? up|asking me to)\b/i,
  /\bi (?:hate|can'?t stand|do not like|don'?t like|dont like)\s+(?:\w+\s+)?(?:breathing|cold water|ice|walks?|walking|meditat\w*|exercise|journaling|music|baths?|showers?|counting|grounding)\b/i,
  /\b(?:please )?call me\s+[A-Z][a-z]+\b/,
];

const TABLE: Array<[Topic, RegExp[]]> = [
  ['injection', INJECTION_RULES],
  ['means_request', MEANS_RULES],
  ['identity', IDENTITY_RULES],
  ['secrecy', SECRECY_RULES],
  ['diagnosis', DIAGNOSIS_RULES],
  ['medication', MEDICATION_RULES],
  ['delusion', DELUSION_RULES],
  ['mania', MANIA_RULES],
  ['compulsion', COMPULSION_RULES],
  ['eating', EATING_RULES],
  ['abuse', ABUSE_RULES],
  ['memory_show', MEMORY_SHOW_RULES],
  ['memory_forget', MEMORY_FORGET_RULES],
  ['preference', PREFERENCE_RULES],
];

/** Every careful-answer topic the message touches, in priority order. */
export function detectTopics(text: string): Topic[] {
  const found: Topic[] = [];
  for (const [topic, rules] of TABLE) {
    if (rules.some((r) => r.test(text))) found.push(topic);
  }
  return found;
}

/**
 * Abuse happening now or threatened (present tense, fear of going home, threats), as opposed to
 * abuse in the past. Both get a careful reply; only current danger brings the crisis lines up
 * front, unless the detector itself rates the moment as risky.
 */
export function abuseIsCurrent(text: string): boolean {
  const presentAbuse = /\b(?:hits|beats|hurts|chokes|kicks|slaps|punches|threatens|touches|rapes|abuses|locks me|controls|is (?:hitting|hurting|abusing|threatening)|keeps (?:hitting|hurting|touching)|won'?t let me|scared (?:to go|of going) home|(?:am|i'?m) being|threatened to)\b/i;
  const past = /\b(?:when i was (?:a )?(?:kid|child|little|young|teen(?:ager)?|\d+)|as a (?:kid|child|teen(?:ager)?)|years ago|growing up|in the past|used to)\b/i;
  if (past.test(text)) return presentAbuse.test(text);
  return presentAbuse.test(text) || /\b(?:tonight|right now|today)\b/i.test(text) || /\b(?:hits?|beat|hurt|pushed|shoved|choked|slapped|kicked) me\b/i.test(text);
}

/** True when the text names a means or method, used to keep such words out of echoed phrases. */
export function mentionsMeans(text: string): boolean {
  return rx(MEANS).test(text) || rx(LETHAL).test(text);
}
