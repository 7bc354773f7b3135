import type { RiskCategory, RiskLevel } from '../types';
import type { Family, RuleSpec } from './types';

// Building blocks for rule patterns. The canonical text is " tok tok tok " with boundaries
// "." "?" "," as their own tokens, so a pattern is a sequence of literal tokens separated by
// single spaces, and these blocks fill the gaps. compile() anchors every pattern on the spaces
// around tokens, so "kill" never matches inside "skill".

/** Up to n ordinary words (never a sentence or clause boundary), each followed by a space. */
export const G = (n: number): string => `([^ .?,][^ ]* ){0,${n}}`;

/** Any one of the alternatives. */
export const alt = (...options: string[]): string => `(${options.join('|')})`;

/** Optional intensifiers and hedges between a subject and its verb ("I just really want"). */
export const ADV =
  "((just|simply|really|so|honestly|seriously|actually|literally|truly|kind of|sort of|genuinely|sometimes|often|still|even|always|constantly|already|almost|nearly|totally|completely|very|fucking|all|also|probably|definitely|finally|secretly|quietly|badly|desperately|lowkey|low key|highkey|again|more|every day|everyday) )*";

/** Followed by the end of a clause. */
export const END = '(?= ([.?,] |$))';

/** Someone other than the speaker, close to the person. */
export const RELATION =
  "(dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmum|stepmother|parents?|brother|sister|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|uncle|aunt|grandpa|grandfather|grandma|grandmother|cousin|boss|manager|coach|teacher|roommate|flatmate|landlord|carer|caregiver|stepbrother|stepsister|son|daughter|baby|kids?|children|child|family|friend|best friend|coworker|co-worker|classmates?|colleague)";

/** Base-form ways of saying "kill myself", including coded forms normalised to these words. */
export const KS =
  "(kill myself|unalive( myself)?|end my (own )?life|take my (own )?life|end it all|end myself|off myself|do myself in|commit suicide|suicide|neck myself|rope myself|delete myself|erase myself|not be alive|remove myself from (this world|existence|the world|the planet)|end (it|things|everything)(?= ([.?,] |$|for good|once and for all|tonight|today|tomorrow|now|right now|soon|already|this \\S+|next \\S+|on \\S+day)))";

/** -ing forms of KS. */
export const KS_ING =
  "(killing myself|unaliving( myself)?|ending my (own )?life|taking my (own )?life|ending it all|ending myself|offing myself|committing suicide|suicide|dying by suicide|ending (it|things|everything)(?= ([.?,] |$|for good|once and for all|tonight|today|now|soon|every|a lot|lately|constantly|all the time)))";

/** Past forms of KS. */
export const KS_ED = '(killed myself|unalived( myself)?|ended my (own )?life|took my (own )?life|ended it all|committed suicide|offed myself)';

/** Verbs of wanting, wishing or needing, followed by "to". */
export const WANT_TO =
  "((want|wanted|wants|wanting|wish|wished|wishing|would like|'d like|need|needed|needs|ready|longing|long|yearn|yearning|desire|desperate|tempted|have|had|going|planning|plan|planned|intend|intending|decided|deciding|trying|try|tried|about|urge|urges|feel the need|got) to|should|could|might|may|will|'ll|would|'d|must|can|i'll|shall)";

/** Verbs of thinking about something (followed by an -ing form or a noun). */
export const THINK =
  '(think|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|obsess|obsessing|obsessed|daydream|daydreaming|contemplate|contemplating|contemplated|consider|considering|considered|ideas|plan|planning|planned|urges?|keep thinking|researching|looking into|imagine|imagining|romantici[sz]e|romantici[sz]ing)( (a lot|constantly|again|more|so much|seriously|every day|all the time|lately|about it))?( about| of)?';

/** Methods in base form ("jump off a bridge", "overdose"). */
export const METHOD =
  "(jump (off|from|in front of|into|onto|out of|out) (a |the |my |this |that |our )?(\\S+ )?(bridge|building|roof|rooftop|cliff|balcony|tower|ledge|window|overpass|parking garage|train|bus|truck|lorry|car|subway|highway|freeway|motorway|dam|edge|top floor|floor|story|storey)|hang myself|shoot myself|overdose|take (all )?(of )?(my|the|these|those|all my|all of my|a bunch of|all the|a bottle of|the whole bottle of|a handful of|every one of my|\\d+) (\\S+ )?(pills|meds|medication|medicine|tablets|painkillers|antidepressants|insulin)|slit my (wrists?|throat)|cut my (wrists?|throat)|cut (too )?deep|drown myself|drive (my car )?(off (a |the )?(bridge|cliff|road)|into (a |the )?(tree|wall|river|lake|oncoming traffic|traffic|truck|pole|ocean|sea))|crash my car|step in front of (a |the )?(train|bus|truck|car|lorry)|walk into (traffic|the sea|the ocean|the river|the lake|the water)|throw myself (off|in front of|under|from)|gas myself|poison myself|stab myself|starve myself to death|electrocute myself|set myself on fire|burn myself alive|put a bullet in my (head|brain)|blow my brains out|suffocate myself|strangle myself|hang from|gun myself|knife myself|bleed out|bleed to death)";

/** -ing forms of METHOD. */
export const METHOD_ING =
  "(jumping (off|from|in front of|out of) (a |the |my )?(\\S+ )?(bridge|building|roof|rooftop|cliff|balcony|tower|ledge|window|overpass|train|bus|truck|car|edge)|hanging myself|shooting myself|overdosing|taking all (of )?(my|the) (\\S+ )?(pills|meds|tablets)|slitting my (wrists?|throat)|cutting my (wrists?|throat)|drowning myself|driving (my car )?(off|into)|crashing my car|stepping in front of|walking into traffic|throwing myself|gassing myself|poisoning myself|stabbing myself|starving myself to death|setting myself on fire|hanging|jumping|bleeding out)";

/** Pills and other medicines, for overdose patterns. */
export const MEDS =
  '(pills?|tablets?|meds|medications?|medicines?|capsules|painkillers|sleeping pills|sleeping tablets|antidepressants|paracetamol|acetaminophen|tylenol|advil|ibuprofen|aspirin|insulin|xanax|valium|benadryl|opioids|oxy\\S*|benzos|lithium|seroquel|ambien|prozac|zoloft|sertraline|pills)';

/** Quantities that turn "I took my pills" into an overdose. */
export const QTY =
  "(all|all of|every|every single|a double|a triple|the whole|a whole|an entire|the entire|the rest of|the rest of my|a bottle of|a box of|a pack of|a packet of|a handful of|a bunch of|a lot of|a load of|a ton of|loads of|lots of|too many|way too many|so many|tons of|dozens of|[1-9]\\d+|twenty|thirty|forty|fifty|sixty|hundred|a hundred|double|triple)";

/** Weapons and objects that are lethal means. */
export const WEAPON =
  '(gun|guns|pistol|handgun|rifle|shotgun|firearm|revolver|knife|knives|blade|blades|razor|razors|machete|rope|noose|bullets?|ammo|ammunition)';

/**
 * A pattern over canonical tokens. It starts with a literal space (the one before the first
 * token) rather than a lookbehind, so the regex engine can skip straight to token starts; a
 * match's first token therefore begins at `match.index + 1` (see matchStart).
 */
export function compile(src: string): RegExp {
  return new RegExp(` (?:${groups(src)})(?= )`, 'g');
}

/**
 * Rule sources write every group as a plain "(…)" — a few thousand "?:" fewer in the browser
 * bundle — and no rule reads a capture, so each plain group becomes non-capturing here.
 * Lookarounds ("(?=", "(?!", "(?<=", "(?<!") are left as they are.
 */
export function groups(src: string): string {
  return src.replace(/\((?!\?)/g, '(?:');
}

/** Offset of the first token of a match made by a compiled pattern. */
export function matchStart(match: RegExpExecArray): number {
  return match.index + 1;
}

/**
 * A rule spec in positional form: the rule files hold a few hundred of these, and dropping the
 * repeated keys keeps the browser bundle under its budget. Same object as the literal form.
 * Anchors are derived from `src` (see derive-anchors.ts) unless `extra.anchors` names them.
 */
export function rule(
  id: string, level: RiskLevel, family: Family, category: RiskCategory | undefined, src: string,
  extra?: Omit<RuleSpec, 'id' | 'level' | 'family' | 'category' | 'src'>,
): RuleSpec {
  // An id written from its dot ('.feel-hopeless') takes the category and family in front of it
  // ('suicide.hopeless.feel-hopeless'); one written from a colon (':act.self-harm') takes the
  // category ('self_harm.act.self-harm'). Most ids are named that way, and the repeated
  // prefixes cost the browser bundle about 300 bytes.
  const full = id[0] === '.' ? `${category}.${family}${id}` : id[0] === ':' ? `${category}.${id.slice(1)}` : id;
  return { id: full, level, family, ...(category ? { category } : {}), ...extra, src };
}
