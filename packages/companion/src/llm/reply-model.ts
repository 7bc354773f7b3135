// The interface a language model sits behind. The engine owns everything around it: what goes
// in (the flow, the plan and memory as context), the deadline, the post-check and the fallback;
// a ReplyModel only turns messages into a stream of text pieces.

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ModelRequest {
  messages: ChatMessage[];
  /** Aborted when the engine's deadline passes; a model should stop work when it fires. */
  signal: AbortSignal;
  /** Upper bound on generated tokens. */
  maxTokens?: number;
}

export interface ReplyModel {
  /** For logs and the `source` of a turn, e.g. "openai:llama3.2". */
  readonly name: string;
  /** Text pieces as they arrive. Throws (or rejects) on any transport or format failure. */
  stream(request: ModelRequest): AsyncIterable<string>;
}

/** Why a model reply was not used. */
export type ModelFailure = 'timeout' | 'error' | 'post_check' | 'empty';
