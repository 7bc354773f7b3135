// Concept fallback: the patterns in rules/ are precise but brittle to paraphrase, so a clause
// that no rule explained gets a second, looser reading over canonical tokens:
//   wish (moderate): a word of wanting or thinking ("want", "wish", "rather", "thinking")
//     followed within a few words by a word of death or non-existence ("die", "dead",
//     "disappear"), with only glue words between them ("I'd rather just be dead", "I keep
//     wondering what it would be like to die"). Anything else between them — "I want to
//     watch The Walking Dead", "I hope the battery doesn't die" — breaks the link.
//   distress (low): a first-person clause with a word of emotional pain ("I've been so
//     miserable"). It lifts the level to low only; it is not used as context for reading
//     means questions, which need the stronger distress patterns.
// The same context checks as for rules (who is speaking, negation, past, masks) apply after.
import type { Token } from './normalise';
import type { Family, Rule } from './rules';
import { wordSet } from './words';

const DESIRE = wordSet('want wanted wanting wants wish wished wishing hope hoping pray praying rather ready longing long crave craving tempted welcome think thinking thought thoughts considering consider imagine imagining fantasize fantasise fantasizing fantasising dream dreaming obsess obsessing picture picturing wonder wondering romanticize romanticise envy jealous wait forward');

const DEATH = wordSet('die dying dead death suicide suicidal unalive unaliving grave coffin afterlife perish disappear disappearing vanish vanishing nonexistence nonexistent oblivion gone');

// Words that may stand between the two without changing who or what the clause is about.
const GLUE = wordSet("to be just so really i i'd i'm i'll could would can was were am had have been of about what it like feel feels being honestly sometimes already simply finally peacefully quietly that if how much easier better a lot often all the time more and or actually literally kind sort still even maybe might should rather almost always constantly lately myself me my own people those who are is forever completely totally truly secretly desperately badly sleep asleep fall go");

// Words that welcome what comes before them ("being dead sounds peaceful").
const WELCOME = wordSet('nice peaceful relief relieving better welcome appealing comforting easier calm rest release escape freedom tempting inviting beautiful lovely bliss blissful mercy peace attractive good');
const WELCOME_GLUE = wordSet("would be sounds sound seems seem feels feel is looks like so such a just really honestly kind of sort pretty almost more than this being i think must it'd that'd it that could way much to me quite rather very such");

const AFFECT = wordSet('sad sadness depressed depression depressive anxious anxiety lonely loneliness empty emptiness numb miserable misery overwhelmed stressed exhausted drained struggling crying cried tears broken scared afraid terrified panic panicking ashamed shame guilty guilt angry anger rage furious suffering grief grieving heartbroken devastated helpless useless worthless failure trauma traumatized traumatised nightmares flashbacks insomnia burnout rejected abandoned unloved unwanted isolated hurting despair desperate distraught upset unhappy hopeless hopelessness sademoji lost awful terrible horrible dread low down stress crisis breakdown ptsd bipolar disorder loser pathetic hate hatred alone wrecked gutted homesick vent miss');
// Affect words that are too often about something else to stand on their own.
const AFFECT_NEEDS_COPULA = wordSet('lost awful terrible horrible low down hate alone failure loser pathetic stress miss');
const COPULA = wordSet("i'm am feel feeling felt been so was i become get getting");

const FIRST = wordSet("i i'm i've i'd i'll me my myself mine");
const NEGATORS = wordSet("not never no don't doesn't didn't won't wouldn't isn't wasn't aren't");
const BREAK = wordSet('. ? , but though although however because yet');

// Non-existence said with a negation: "not exist", "never wake up", "stop existing".
const NOT_BE = wordSet('not never stop no');
const BE_GLUE = wordSet('be to have been even just longer ever more');
const EXIST = wordSet('exist existing exists alive live living born wake waking woke');
const HERE = new Set(['here', 'around']);
const HERE_END = wordSet('. ? , anymore any tomorrow forever either honestly');

function notBeing(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && k < from + 3 && BE_GLUE.has(tokens[k]?.w ?? '')) k++;
  const w = tokens[k]?.w ?? '';
  if (EXIST.has(w)) return true;
  const next = tokens[k + 1]?.w ?? '';
  return HERE.has(w) && (k + 1 >= tokens.length || HERE_END.has(next) || (next === 'at' && tokens[k + 2]?.w === 'all'));
}

export interface ConceptSpan {
  family: Family;
  t0: number;
  t1: number;
}

/** Token spans that read as a wish to be dead or as distress, clause by clause. */
export function conceptSpans(tokens: readonly Token[], covered: (t0: number, t1: number) => boolean): ConceptSpan[] {
  const out: ConceptSpan[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const w = tokens[i]?.w;
    if (i < tokens.length && w !== undefined && !BREAK.has(w)) continue;
    if (i > start) scanClause(tokens, start, i, covered, out);
    start = i + 1;
  }
  return out;
}

function scanClause(tokens: readonly Token[], from: number, to: number, covered: (t0: number, t1: number) => boolean, out: ConceptSpan[]): void {
  if (covered(from, to - 1)) return;
  let first = false;
  for (let i = from; i < to; i++) if (FIRST.has(tokens[i]?.w ?? '')) first = true;
  // wish: DESIRE … DEATH through glue words only
  for (let d = from; d < to; d++) {
    if (!DESIRE.has(tokens[d]?.w ?? '')) continue;
    for (let e = d + 1; e < to && e <= d + 8; e++) {
      const w = tokens[e]?.w ?? '';
      // "I'd rather not exist", "I wish I could stop existing", "hoping to never wake up".
      if (NOT_BE.has(w) && notBeing(tokens, e + 1, to)) {
        out.push({ family: 'wish', t0: d, t1: e + 1 });
        return;
      }
      if (DEATH.has(w)) {
        const before = tokens[e - 1]?.w ?? '';
        if (NEGATORS.has(before) || (w === 'gone' && before !== 'be' && before !== 'was' && before !== 'were')) break;
        out.push({ family: 'wish', t0: d, t1: e });
        return;
      }
      if (!GLUE.has(w)) break;
    }
  }
  // wish, the other way round: DEATH … WELCOME
  for (let e = from; e < to; e++) {
    const w = tokens[e]?.w ?? '';
    if (!DEATH.has(w) || w === 'gone') continue;
    for (let k = e + 1; k < to && k <= e + 6; k++) {
      const v = tokens[k]?.w ?? '';
      if (WELCOME.has(v)) {
        if (NEGATORS.has(tokens[k - 1]?.w ?? '') || NEGATORS.has(tokens[k - 2]?.w ?? '')) break;
        out.push({ family: 'wish', t0: e, t1: k });
        return;
      }
      if (!WELCOME_GLUE.has(v)) break;
    }
  }
  if (!first) return;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.w ?? '';
    if (!AFFECT.has(w)) continue;
    const prev = tokens[k - 1]?.w ?? '';
    const prev2 = tokens[k - 2]?.w ?? '';
    if (NEGATORS.has(prev) || NEGATORS.has(prev2)) continue;
    if (AFFECT_NEEDS_COPULA.has(w) && !COPULA.has(prev) && !COPULA.has(prev2)) continue;
    out.push({ family: 'distress', t0: k, t1: k });
    return;
  }
}

/** Stand-in rules so concept matches carry an id and category like any other evidence. */
export const CONCEPT_WISH: Rule = {
  id: 'concept.wish', level: 'moderate', family: 'wish', category: 'suicide', index: 100_000, anchors: [], re: /$^/,
};
export const CONCEPT_DISTRESS: Rule = {
  id: 'concept.distress', level: 'low', family: 'distress', index: 100_001, anchors: [], re: /$^/,
};
