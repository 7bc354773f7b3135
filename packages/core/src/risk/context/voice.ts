// Whose words are these? Two situations where a risk phrase in a message is not the writer's
// own disclosure, found in our own corpus of supporter replies and worried friends:
//   quoted speech   a phrase inside double quotes is someone else's words reported ("my son
//                   said 'I want to die'", "you wrote 'nobody would notice'") — unless the
//                   writer introduces it as their own ("I keep telling myself 'I'm done'");
//   supporter voice a reply written to someone else (several "you"s and the words of support:
//                   "please reach out", "you're not alone") that shares the writer's own past
//                   ("I was suicidal at 19", "I attempted in 2016") is speaking from the other
//                   side of it, as a recovery story is.
// Neither changes present-tense statements about the writer: a supporter who says "I want to
// die too" is still read as at risk.
import type { Normalised } from '../normalise';
import { compile } from '../rules/macros';
import { has } from './markers';
import { wordSet } from '../words';

const OPEN = wordSet('" “ « „');
const CLOSE: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»', '„': '“' };

// The writer owns a quote they introduce with their own verb of saying or thinking.
const OWN_QUOTE = /\b(?:i|i've|i'd|i'm|ive|im|my (?:brain|head|mind|thoughts|depression|inner voice))\s+(?:\w+\s+){0,3}?(?:say|said|saying|says|tell|told|telling|text|texted|texting|write|wrote|writing|type|typed|think|thought|thinking|scream|screamed|whisper|whispered|post|posted|keep|kept|repeat|repeated|cry|cried|sob|sobbed)\b[^.!?]{0,40}$/i;

// Someone else named before the quote, in the same sentence: "my son said", "you wrote",
// "she texted me", or words offered to say ("tell them the words 'I'm not safe'"). A quote with
// no one named ("'I want to die' is all I think") is the writer's.
const OTHER_SPEAKER = /\b(?:you|u|ur|your|he|she|they|him|her|them|his|their|op|someone|somebody|people|everyone|friend|mom|mum|dad|son|daughter|brother|sister|wife|husband|partner|boyfriend|girlfriend|bf|gf|kid|child|teen|student|client|patient|cousin|coworker|colleague|roommate|flatmate|[a-z]+ (?:says|said|told|texted|wrote|posted|asked|messaged)|say|saying|the words|such as)\b/i;

/**
 * Where a single quote that opens a quotation closes: the next ' with a word before it and no
 * letter after it. Apostrophes inside words ("don't", "I'm") never open or close one.
 */
function singleClose(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === "'" && /\S/.test(text[j - 1] ?? ' ') && !/\w/.test(text[j + 1] ?? ' ')) return j;
  }
  return -1;
}

/**
 * [start, end) ranges of the original text inside quotes that are not the writer's own. Single
 * quotes count too (British and much forum writing quotes speech that way) when one opens
 * after a space and before a letter.
 */
export function reportedRanges(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const open = text[i] ?? '';
    const single = open === "'" && /[\s(:]/.test(text[i - 1] ?? ' ') && /\w/.test(text[i + 1] ?? '');
    if (!single && !OPEN.has(open)) continue;
    const close = single ? singleClose(text, i + 2) : text.indexOf(CLOSE[open] ?? '"', i + 1);
    // An unmatched or very long "quote" is more likely a stray mark than a quotation.
    if (close < 0 || close - i > 400) continue;
    const before = text.slice(Math.max(0, i - 80), i).split(/[.!?]\s/).pop() ?? '';
    if (!OWN_QUOTE.test(before) && OTHER_SPEAKER.test(before)) out.push(i + 1, close);
    i = close;
  }
  return out;
}

export function inRanges(ranges: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (start >= (ranges[k] ?? 0) && end <= (ranges[k + 1] ?? 0)) return true;
  return false;
}

const YOU = wordSet("you you're you've you'd you'll your yours yourself u ur op");

// Words of support to someone else.
const SUPPORTING = compile(
  "you're not alone|you are not alone|you matter|you deserve|you're worth|you are worth|i hope you|hope you|here for you|reach out|please|hang in there|stay safe|hugs|hotline|crisis line|helpline|988|samaritans|to op|op|your post|you said|you wrote|you mentioned|you can|you don't have to|you will|you'll get|it gets better|it got better|i've been where you|i've been there|i was where you",
);

// Phrases that on their own mark a reply to someone struggling, not a plea for help.
const SUPPORTER_ONLY = compile(
  "i've been where you (are|were)|i was where you (are|were)|i've been there|been in your shoes|if i (made|got through) it|you can too|you can get through|it gets better|it got better|you're not alone|you are not alone|hope you see this|to op|hey op|reach out to (a|someone|your|people)|please (call|text|contact|ring) (a|the|your|someone|988|samaritans|lifeline)|crisis line|hotline|helpline",
);

/** A reply written to someone else in support (counted on the message as written). */
export function supporterVoice(written: Normalised): boolean {
  let you = 0;
  for (const token of written.tokens) if (YOU.has(token.w)) you++;
  return (you >= 3 && has(SUPPORTING, written.text)) || (you >= 1 && has(SUPPORTER_ONLY, written.text));
}
