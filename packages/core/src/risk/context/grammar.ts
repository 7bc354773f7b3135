// Two small grammatical judgements made by walking back from a match over the canonical
// tokens: is it negated ("I would never kill myself"), and whose statement is it ("my friend
// wants to die", "you are not a burden")? Deliberately shallow: a window of a few words inside
// the same clause, with the common traps listed ("can't stop thinking about…" is not a
// negation; "no one would care…" is not either).
import type { Token } from '../normalise';
import { wordSet } from '../words';

// (A token is one word, so each entry is one word.)
const NEGATORS = wordSet(
  "not never no don't doesn't didn't won't wouldn't can't couldn't shouldn't isn't aren't wasn't weren't " +
  "haven't hasn't hadn't ain't nor zero nunca jamas pas jamais nicht nie niemals kein keine keinen ni",
);

// A negator immediately followed by one of these is about something else.
const CANCEL = wordSet('stop stopping help let keep sure know care just only ok okay fine good one body thing well doing matter mind wait deserve like even reason point hope future escape idea understand stand cope handle believe remember tell afford get find seem anymore alone sleep eat trust want much more enough longer right nothing anyone everyone afraid scared worth sweat sorry happy');
// "not want to" / "don't want to" do negate a desire; "no longer want" does too.
const NEGATING_WANT = wordSet("not don't doesn't didn't never won't wouldn't no nunca");

const SUBJECT_BREAK = wordSet("i i'm i'd i'll i've he she they he's she's they're");
// ('like' and 'a' for a denial that quotes the thought: "not like 'I want to die' tired", "not in a 'kill me' way".)
const COGNITIVE_NEGATION = wordSet('think believe feel guess reckon suppose said say saying mean way chance that like a');

const CLAUSE_STOP = wordSet('. ? but though although however yet because cause so except and or pero mais aber sondern et und if unless when while');
const COMMA_CONTINUES = wordSet('ever never not really honestly no');

/** Negated when a negator stands within `window` tokens before `start` in the same clause. */
export function isNegated(tokens: readonly Token[], start: number, window = 6): boolean {
  let seen = 0;
  for (let i = start - 1; i >= 0 && seen < window; i--) {
    const w = tokens[i]?.w ?? '';
    if (w === ',') {
      const after = tokens[i + 1]?.w ?? '';
      if (!COMMA_CONTINUES.has(after)) return false;
      continue;
    }
    if (CLAUSE_STOP.has(w)) return false;
    seen++;
    if (SUBJECT_BREAK.has(w)) {
      // "I can't take it anymore I want to die": a new subject starts a new clause, unless
      // it follows "don't think / believe / feel" ("I don't think I'd ever…").
      const before = tokens[i - 1]?.w ?? '';
      if (!COGNITIVE_NEGATION.has(before)) return false;
      continue;
    }
    if (!NEGATORS.has(w)) continue;
    let next = tokens[i + 1]?.w ?? '';
    if ((next === 'really' || next === 'even' || next === 'just' || next === 'ever') && i + 2 < start) next = tokens[i + 2]?.w ?? '';
    if ((next === 'want' || next === 'wanna') && NEGATING_WANT.has(w)) return true;
    if (w === 'no' && next === 'longer') return true;
    if (next === 'like' && SUBJECT_BREAK.has(tokens[i + 2]?.w ?? '')) return true;
    // "Not gonna lie, I've been cutting again" is a way of owning up, not a negation.
    if (CANCEL.has(next) || (next === 'going' && tokens[i + 3]?.w === 'lie')) continue;
    return true;
  }
  return false;
}

const ASKING = wordSet('do does did would could can will have are were should');
const COGNITION = wordSet('think know believe reckon suppose mean ever say tell agree understand');

const SHARED_SUBJECT = wordSet('has have is was had keeps kept');

export type Subject = 'first' | 'second' | 'third' | 'none';

const FIRST = wordSet("i i'm i've i'd i'll me my myself mine we we're us yo je j'ai ich moi");
const SECOND = wordSet("you you're you've you'd you'll your yourself y'all yall ya u");
const THIRD = wordSet("he she they he's she's they're he'd she'd they'd he'll she'll they'll him her them his their friend friends brother sister mom mum dad son daughter cousin someone somebody people person kid kids student students client clients patient patients character partner husband wife boyfriend girlfriend roommate classmate coworker teen teens teenager teenagers man woman guy girl boy mother father parents child children colleague neighbour neighbor bf gf bestie protagonist narrator hero villain everyone everybody others users members veterans adults men women victims survivors individuals who whoever ones celebrities actor singer");

/** The nearest subject-like word before `start` within the sentence. */
export function subjectOf(tokens: readonly Token[], start: number, window = 8): Subject {
  const own = tokens[start]?.w ?? '';
  if (FIRST.has(own)) return 'first';
  if (SECOND.has(own)) return 'second';
  let seen = 0;
  for (let i = start - 1; i >= 0 && seen < window; i--) {
    const w = tokens[i]?.w ?? '';
    if (w === '.' || w === '?') return 'none';
    if (w === ',') continue;
    // "… and has been having thoughts": a clause with no subject of its own shares the one
    // before "and", however far back it stands.
    if (w === 'and' && SHARED_SUBJECT.has(tokens[i + 1]?.w ?? '')) seen = 0;
    seen++;
    if (FIRST.has(w)) return 'first';
    if (SECOND.has(w)) {
      // "do you think…", "would you say…", "can you tell me…": the companion is addressed,
      // not the subject of what follows.
      const before = tokens[i - 1]?.w ?? '';
      const after = tokens[i + 1]?.w ?? '';
      if (COGNITION.has(after) || (ASKING.has(before) && COGNITION.has(tokens[i + 2]?.w ?? ''))) continue;
      return 'second';
    }
    if (THIRD.has(w)) {
      if (isObject(tokens, i)) continue;
      return 'third';
    }
  }
  return 'none';
}

// "I hate people and want to die", "I miss my dad and want to die": a third-person word that
// is the object of the speaker's own verb (or of a preposition) is not who the clause is about.
const I_SUBJECT = wordSet("i i'm i've i'd i'll");
const PREPOSITION = wordSet('to with at for about from of than like around without by on into');
const REPORTING = wordSet("think thought guess feel felt know knew believe said heard hear worry worried fear scared afraid suspect noticed notice saw see reckon suppose wonder doubt found hope wish told learned realised realized bet am i'm was is that because if when");

function isObject(tokens: readonly Token[], i: number): boolean {
  // "for teens to talk about…", "asked him to…": the subject of what follows.
  // "for people dealing with…", "teens struggling with…": the subject of the participle.
  const next = tokens[i + 1]?.w ?? '';
  if (next === 'to' || (next.length > 5 && next.endsWith('ing'))) return false;
  let k = i - 1;
  const w1 = tokens[k]?.w ?? '';
  if (w1 === 'my' || w1 === 'the' || w1 === 'our' || w1 === 'all') k--;
  const verb = tokens[k]?.w ?? '';
  if (PREPOSITION.has(verb)) return true;
  return !REPORTING.has(verb) && I_SUBJECT.has(tokens[k - 1]?.w ?? '');
}
