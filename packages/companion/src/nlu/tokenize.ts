// Turns a message into the features the classifier counts: lower-case word unigrams and
// bigrams, with contractions folded ("don't" -> "dont") and a few spelling variants merged, plus
// character 4-grams of longer words so that misspellings and slang still share features with
// the training sentences ("anxous" and "anxious" share "anxi").

const FOLD: Record<string, string> = {
  im: 'i_am', 'i’m': 'i_am', u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please',
  cant: 'cannot', wont: 'will_not', dont: 'do_not', didnt: 'did_not', isnt: 'is_not',
  idk: 'i_dont_know', rn: 'right_now', tbh: 'honestly', ok: 'okay', k: 'okay', okk: 'okay',
  yeah: 'yes', yep: 'yes', yup: 'yes', ya: 'yes', nope: 'no', nah: 'no', thx: 'thanks', ty: 'thanks',
};

export function words(text: string): string[] {
  const lowered = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/(\w)'(\w)/g, '$1$2');
  const raw = lowered.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return raw.map((w) => (/^\d+$/.test(w) ? '<num>' : (FOLD[w] ?? w)));
}

// Function words carry no intent or feeling on their own; as unigrams they only add noise from
// how often each class's examples happen to use them. They still count inside bigrams.
const STOP = new Set(['i', 'me', 'my', 'the', 'a', 'an', 'to', 'and', 'of', 'is', 'it', 'so', 'at', 'in', 'on', 'for', 'that', 'this', 'was', 'be', 'am', 'are', 'i_am', 'with', 'just', 'really', 'im', 'its', 'been', 'have', 'has', 'had', 'again', 'right', 'now']);

export function features(text: string): string[] {
  const ws = words(text);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    // Numbers only count next to words ("4 7 8"): a bare rating must not look like a request.
    if (!STOP.has(w) && w !== '<num>') out.push(`w:${w}`);
    if (i > 0) out.push(`b:${ws[i - 1]}_${w}`);
    if (w.length >= 5 && !w.startsWith('<')) {
      for (let j = 0; j + 4 <= w.length; j++) out.push(`c:${w.slice(j, j + 4)}`);
    }
  }
  return out;
}
