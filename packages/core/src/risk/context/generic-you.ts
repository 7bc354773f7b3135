// People often talk about themselves through a generic "you": "you just want to die
// sometimes", "you get to a point where you'd rather not exist", "it makes you wish you could
// disappear". The rules read second person as the companion being addressed and drop it, so
// when a message clearly reads as a generic "you" (a marker such as "sometimes you", "you get
// to a point", "it makes you") the second person is rewritten to the first before the rules
// run; matches then carry `+generic-you`. Messages that address someone else — support and
// advice ("you're not alone", "please reach out", "I hope you") — are never rewritten, so a
// supporter's reply stays a reply.
import type { Normalised, Token } from '../normalise';
import { compile } from '../rules/macros';
import { has } from './markers';
import { wordSet } from '../words';

const GENERIC = compile(
  "(sometimes|some days|at times|eventually|after a while|at some point) you\\S*|you (get|reach) to (a|the|that) point|(comes|gets to) a point (where|when) you\\S*|you know (when|that feeling when|how) you\\S*|(it|this|life|depression) (just )?(makes|leaves) you (want|wish|wonder|think)|you (start|begin) (to )?(wonder|think|wish)|(?<=^ )you (just )?(want|wish) ([^ .?,]+ ){1,8}(sometimes|at times)(?= ([.?,] |$))",
);

// A reply to someone else: support, advice, or a question to the companion.
const ADDRESSED = compile(
  "you're not alone|you matter|you deserve|you're worth|i hope you|here for you|reach out|please|hang in there|stay safe|hugs|hotline|988|therapist|if you need|proud of you|op|your post|thank you|(do|did|have|are|would|can|could|will) you",
);

export const TO_FIRST: Readonly<Record<string, string>> = {
  you: 'i', "you're": "i'm", "you've": "i've", "you'd": "i'd", "you'll": "i'll", your: 'my', yourself: 'myself',
};
// "It makes you want…", "tells you to…": after these, "you" is an object ("me").
const OBJECT_BEFORE = wordSet('makes make made leaves gets tells to at for with of lets');

/**
 * The message with a generic "you" read as "I", or undefined when it does not read that way.
 * Tokens keep their spans in the original text, so evidence still points at what was written.
 */
export function genericYou(norm: Normalised): Normalised | undefined {
  const text = norm.text;
  if (!text.includes(' you')) return undefined;
  if (!has(GENERIC, text) || has(ADDRESSED, text)) return undefined;
  const tokens: Token[] = norm.tokens.map((t, k) => {
    const to = TO_FIRST[t.w];
    if (to === undefined) return t;
    const w = to === 'i' && OBJECT_BEFORE.has(norm.tokens[k - 1]?.w ?? '') ? 'me' : to;
    return { w, s: t.s, e: t.e };
  });
  const starts: number[] = new Array<number>(tokens.length);
  let out = ' ';
  for (let k = 0; k < tokens.length; k++) {
    starts[k] = out.length;
    out += (tokens[k]?.w ?? '') + ' ';
  }
  return { text: out, tokens, starts };
}
