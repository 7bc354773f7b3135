// Reflective listening uses the person's own words. This picks a short phrase from what they
// wrote that is safe to say back: no markup, no means or method words, not too long. It returns
// the phrase as they said it (for quoting) and turned towards them ("I feel" -> "you feel").
import { stripMarkup } from './sanitize';
import { mentionsMeans } from '../safety/topics';

export interface Echo {
  /** Their words, for quoting: "nobody at work listens". */
  quote: string;
  /** The same, addressed to them: "nobody at work listens to you" style pronoun flip. */
  second: string;
}

const FLIP: Record<string, string> = {
  i: 'you', "i'm": "you're", im: "you're", me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  am: 'are', "i've": "you've", "i'd": "you'd", "i'll": "you'll", was: 'were', ive: "you've",
};
const FEELING = /\b(?:feel|feeling|felt|hurt|hurts|sad|alone|lonely|scared|afraid|angry|mad|tired|exhausted|stressed|anxious|worried|overwhelmed|empty|numb|ashamed|guilty|hate|miss|lost|stuck|can'?t|cannot|nobody|no one|everyone|never|always|awful|terrible|bad|worse)\b/i;
const SKIP = /\b(?:ignore|instructions|prompt|system|kinbridge|ai\b|bot\b|therapist)\b/i;

function flip(clause: string): string {
  return clause
    .split(/(\s+)/)
    .map((token) => {
      const bare = token.toLowerCase().replace(/[’]/g, "'");
      const swapped = FLIP[bare];
      return swapped ?? token;
    })
    .join('')
    .replace(/\byou was\b/gi, 'you were')
    .replace(/^./, (c) => c.toLowerCase());
}

/** A short, safe phrase from the message, or undefined when nothing suitable is there. */
export function echoOf(message: string): Echo | undefined {
  const clean = stripMarkup(message).replace(/https?:\/\/\S+/g, ' ').replace(/[*_#"“”]/g, '');
  const clauses = clean
    .split(/[.!?;\n]+|,\s*(?:but|and|so)\s+|\s+but\s+/i)
    .map((c) => c.trim().replace(/^(?:and|but|so|just|like|honestly|ugh|well|um+|also|then)\s+/i, ''))
    .filter((c) => {
      const n = c.split(/\s+/).length;
      return n >= 3 && n <= 14 && !mentionsMeans(c) && !SKIP.test(c) && /\p{L}/u.test(c);
    });
  const chosen = clauses.find((c) => FEELING.test(c)) ?? clauses[0];
  if (!chosen) return undefined;
  const quote = chosen.replace(/[,:\s-]+$/, '');
  return { quote, second: flip(quote) };
}

/** The person's words as a short quote (first `maxWords` words), or undefined if unsafe to repeat. */
export function quoteOf(text: string, maxWords = 20): string | undefined {
  const clean = stripMarkup(text).replace(/["“”]/g, "'").replace(/\s+/g, ' ').trim();
  if (!clean || mentionsMeans(clean) || SKIP.test(clean)) return undefined;
  const words = clean.split(' ');
  const cut = words.slice(0, maxWords).join(' ').replace(/[,;:\s-]+$/, '');
  return words.length > maxWords ? `${cut}…` : cut.replace(/[.!?]+$/, '');
}
