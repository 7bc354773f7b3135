// Running a language model for one reply, safely. Text is released sentence by sentence, and
// only after everything generated so far has passed the post-check, so an unsafe sentence is
// never shown. On a timeout (default 8 s, the whole reply), a transport error, garbage or a
// failed check, the embedded reply is used instead: if some sentences were already shown, a
// `replace` event tells the client to swap the whole text.
import type { ChatMessage, ModelFailure, ReplyModel } from '../llm/reply-model';
import { MAX_GENERATED_CHARS, postCheck, type PostCheckReason } from '../safety/post-check';

export type TextEvent = { type: 'delta'; text: string } | { type: 'replace'; text: string };

export interface ModelOutcome {
  text: string;
  used: boolean;
  failure?: ModelFailure;
  reasons?: PostCheckReason[];
}

class Timeout extends Error {}

function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(new Timeout());
    signal.addEventListener('abort', () => reject(new Timeout()), { once: true });
  });
}

/** Index just after the last complete sentence (or paragraph) in `text`, or 0. */
export function sentenceEnd(text: string): number {
  let end = 0;
  for (const m of text.matchAll(/[.!?…]["')\]]*\s+|\n\n/g)) end = (m.index ?? 0) + m[0].length;
  return end;
}

export async function* runModel(
  model: ReplyModel,
  messages: ChatMessage[],
  timeoutMs: number,
  fallback: string,
): AsyncGenerator<TextEvent, ModelOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const aborted = untilAborted(controller.signal);
  aborted.catch(() => undefined);
  let full = '';
  let shown = 0;
  let failure: ModelFailure | undefined;
  let reasons: PostCheckReason[] | undefined;
  let iterator: AsyncIterator<string> | undefined;
  try {
    iterator = model.stream({ messages, signal: controller.signal })[Symbol.asyncIterator]();
    for (;;) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next.done) break;
      if (typeof next.value !== 'string') throw new Error('model yielded a non-string');
      full += next.value;
      if (full.length > MAX_GENERATED_CHARS) {
        failure = 'post_check';
        reasons = ['too_long'];
        break;
      }
      const end = sentenceEnd(full);
      if (end > shown) {
        const check = postCheck(full.slice(0, end));
        if (!check.ok) {
          failure = 'post_check';
          reasons = check.reasons;
          break;
        }
        yield { type: 'delta', text: full.slice(shown, end) };
        shown = end;
      }
    }
    if (!failure) {
      const text = full.trim();
      const check = postCheck(text);
      if (text.length === 0) failure = 'empty';
      else if (!check.ok) {
        failure = 'post_check';
        reasons = check.reasons;
      } else {
        if (shown < full.length && full.slice(shown).trim()) yield { type: 'delta', text: full.slice(shown) };
        return { text, used: true };
      }
    }
  } catch (error) {
    failure = error instanceof Timeout || controller.signal.aborted ? 'timeout' : 'error';
  } finally {
    clearTimeout(timer);
    controller.abort();
    // Close the model's stream (and its HTTP connection) without waiting on a hung server.
    void iterator?.return?.().catch(() => undefined);
  }
  yield shown > 0 ? { type: 'replace', text: fallback } : { type: 'delta', text: fallback };
  return { text: fallback, used: false, failure: failure ?? 'error', ...(reasons ? { reasons } : {}) };
}
