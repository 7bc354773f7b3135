// Cleans what a person typed before anything else reads it. The companion must never crash on
// input, so this accepts anything (even non-strings from a loose JSON client) and returns
// plain text plus notes about what it changed, which the reply then mentions ("that was long,
// I read the first part").

/** Longest message the flows read. Longer text is cut and the person is told. */
export const MAX_MESSAGE_CHARS = 4000;
/** Longest text the risk check scans, so a risk statement at the end of a long paste is seen. */
export const MAX_SCANNED_CHARS = 100_000;

export interface CleanInput {
  /** Text the flows use: control characters removed, whitespace tidied, at most MAX_MESSAGE_CHARS. */
  text: string;
  /** Text the risk check scans: same cleaning, at most MAX_SCANNED_CHARS. */
  scanned: string;
  truncated: boolean;
  /** Most of the input was not readable text (binary, noise). */
  binary: boolean;
  empty: boolean;
}

// C0/C1 control characters except tab and newline, plus lone surrogates and the replacement char.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

export function cleanInput(raw: unknown): CleanInput {
  // Objects and arrays are not messages: they are read as unreadable, not as JSON text.
  if (raw !== null && typeof raw === 'object') return { text: '', scanned: '', truncated: false, binary: true, empty: true };
  const source = typeof raw === 'string' ? raw : raw == null ? '' : safeString(raw);
  // Past the scan limit keep both ends: what matters is often said last.
  const half = MAX_SCANNED_CHARS / 2;
  const head = source.length > MAX_SCANNED_CHARS ? `${source.slice(0, half)} … ${source.slice(-half)}` : source;
  const withoutControl = head.replace(LONE_SURROGATE, '').replace(ZERO_WIDTH, '');
  const controlCount = (withoutControl.match(CONTROL) ?? []).length;
  const scanned = withoutControl.replace(CONTROL, ' ').normalize('NFKC').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  const letters = (scanned.match(/\p{L}/gu) ?? []).length;
  const binary = head.length > 0 && (controlCount > head.length * 0.1 || (scanned.length > 20 && letters < scanned.length * 0.2));
  const truncated = scanned.length > MAX_MESSAGE_CHARS;
  const text = truncated ? cutAtWord(scanned, MAX_MESSAGE_CHARS) : scanned;
  return { text, scanned, truncated, binary, empty: text.length === 0 };
}

function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max * 0.8 ? cut.slice(0, space) : cut;
}

function safeString(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** Removes anything that could be read as markup when a fragment of the person's words is echoed. */
export function stripMarkup(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\b(?:javascript|vbscript|data):\S*/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[<>`]/g, ' ')
    .replace(/&(?:[a-z]+|#\d+);/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
